import { browser } from 'wxt/browser';
import { ArticleSession } from '../session/article-session.svelte';
import type { TranslationOptions } from '../session/translation-state.svelte';
import type { TargetTab } from '../resolve-tab';
import {
  forgetSession,
  freshRequest,
  leaveSession,
  REQUEST_KEY,
  samePage,
  sessionKey,
  takeSession,
  type PanelRequest,
} from '../session/session-handoff';

/** `prompt`: the tab shows a page the panel has not read (it navigated, or another tab came forward). */
export type PanelView = 'session' | 'prompt';

async function tabInfo(tabId: number): Promise<TargetTab | undefined> {
  try {
    const tab = await browser.tabs.get(tabId);
    // Without a grant for the tab the browser leaves out its address: the panel then knows nothing of the page.
    return { id: tabId, url: tab.url, title: tab.title };
  } catch {
    return undefined;
  }
}

/**
 * The side panel (Firefox: the sidebar) beside one tab. It shows the session another surface left for that tab, or
 * reads the tab when the reader asked (toolbar click, menu, `?tabId=N`). It never shows one page's article over
 * another: a navigation or a switch to a tab it has not read turns it into the prompt to read that page.
 */
export class PanelState {
  #view = $state<PanelView>('session');
  #selection = $state(false);
  #tabId: number | undefined;
  /** `?tabId=N`: the panel belongs to that tab and ignores tab switches (tests, and a panel opened for one tab). */
  #pinned = false;
  #windowId: number | undefined;
  readonly session: ArticleSession;

  constructor(options: Omit<TranslationOptions, 'surface'> = {}) {
    this.session = new ArticleSession('panel', options);
  }

  get view(): PanelView {
    return this.#view;
  }
  /** What is shown is the reader's selection, not the article. */
  get selection(): boolean {
    return this.#selection;
  }

  async start(search: string = location.search): Promise<() => void> {
    const param = new URLSearchParams(search).get('tabId');
    this.#pinned = Boolean(param && /^\d+$/.test(param));
    const stop = this.listen();
    performance.mark('tarjuma:session-start');
    const [, windowId, active, request] = await Promise.all([
      this.session.preferences.load(),
      browser.windows
        .getCurrent()
        .then((w) => w.id)
        .catch(() => undefined),
      this.#pinned ? Number(param) : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id),
      freshRequest(),
    ]);
    this.#windowId = windowId;
    performance.mark('tarjuma:settings-and-tab');
    if (request && (!this.#pinned || request.tabId === active)) await this.handle(request);
    else if (active !== undefined) await this.follow(active, this.#pinned);
    else this.#view = 'prompt';
    return stop;
  }

  /** The prompt's button: try to read the page (the grant of the last toolbar click may still hold for it). */
  async readThisPage(): Promise<void> {
    if (this.#tabId !== undefined) await this.follow(this.#tabId, true);
  }

  /** From a translated selection to the whole article of its page. */
  async readWholeArticle(): Promise<void> {
    if (this.#tabId === undefined) return;
    this.#selection = false;
    await this.follow(this.#tabId, true, false);
  }

  private async follow(tabId: number, read: boolean, resume = true): Promise<void> {
    this.#tabId = tabId;
    this.#selection = false;
    const [snapshot, tab] = await Promise.all([resume ? takeSession(tabId) : undefined, tabInfo(tabId)]);
    if (this.#tabId !== tabId) return;
    if (snapshot && samePage(snapshot.tab.url ?? snapshot.article.url, tab?.url)) {
      this.#view = 'session';
      const settings = this.session.settings ?? (await this.session.preferences.load());
      await this.session.resume({ ...snapshot, tab: { ...snapshot.tab, ...tab } }, settings);
    } else if (read && tab) {
      this.#view = 'session';
      await this.session.read(tab);
      const done = this.session.snapshot();
      if (done && this.#tabId === tabId) await leaveSession(done).catch(() => undefined);
    } else {
      this.session.translation.cancel();
      this.#view = 'prompt';
    }
  }

  private async handle(request: PanelRequest): Promise<void> {
    if (request.kind === 'read') return this.follow(request.tabId, true);
    this.#tabId = request.tabId;
    this.#view = 'session';
    this.#selection = true;
    await this.session.showText({ id: request.tabId, url: request.url }, request.text);
  }

  private stale(tabId: number): void {
    void forgetSession(tabId).catch(() => undefined);
    if (tabId !== this.#tabId) return;
    this.session.translation.cancel();
    this.#selection = false;
    this.#view = 'prompt';
  }

  private listen(): () => void {
    const activated = (info: { tabId: number; windowId: number }) => {
      if (this.#pinned || (this.#windowId !== undefined && info.windowId !== this.#windowId)) return;
      void this.follow(info.tabId, false);
    };
    const updated = (tabId: number, info: { status?: string; url?: string }) => {
      // Without host access `url` is missing, but `loading` still comes: whatever loads may be another article.
      if (info.status !== 'loading') return;
      if (info.url && samePage(info.url, this.session.article?.url)) return;
      this.stale(tabId);
    };
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      const request = changes[REQUEST_KEY]?.newValue as PanelRequest | undefined;
      if (request && (!this.#pinned || request.tabId === this.#tabId)) return void this.handle(request);
      // The popup just read the tab this panel is waiting on: show what it found.
      const tabId = this.#tabId;
      if (tabId !== undefined && this.#view === 'prompt' && changes[sessionKey(tabId)]?.newValue)
        void this.follow(tabId, false);
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.storage.onChanged.addListener(changed);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.storage.onChanged.removeListener(changed);
    };
  }
}
