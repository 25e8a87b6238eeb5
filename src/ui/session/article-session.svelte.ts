import { injectExtract, type InjectOutcome } from '../../extract/inject-extract';
import type { Article, CommentState } from '../../extract/types';
import { detectArticleLanguage } from './detect-article-language';
import type { DisplayMode } from '../../settings/settings-schema';
import { resolveTargetTab, type TargetTab } from '../resolve-tab';
import { t } from '../i18n';
import { TranslationState, type TranslationOptions, type TranslationSnapshot } from './translation-state.svelte';
import { restrictionMessage } from './restriction-message';
import { SettingsState } from './settings-state.svelte';
import { samePage, settingsFingerprint, takeSession } from './session-handoff';
import type { Settings } from '../../settings/settings-schema';

/** The longest the article waits to be drawn for its first request to leave. */
const DRAW_AFTER_MS = 100;

export type Phase = 'loading' | 'restricted' | 'not-article' | 'error' | 'ready';
export type Surface = 'popup' | 'reader' | 'panel';

/** One surface's session, as plain data another surface can show at once (the popup hands it to the side panel). */
export interface SessionSnapshot {
  tab: TargetTab;
  article: Article;
  comments: CommentState | null;
  sourceLang: string;
  display: DisplayMode;
  /** `settingsFingerprint` of the settings it was translated with. */
  settingsKey: string;
  translation: TranslationSnapshot;
}

/**
 * Everything a surface (popup, reader view, side panel) shows for one tab: extraction, then translation and entities.
 * Each field is reactive and owned here; components read them and call the methods.
 */
export class ArticleSession {
  #phase = $state<Phase>('loading');
  #message = $state('');
  #article = $state<Article | null>(null);
  #comments = $state<CommentState | null>(null);
  #sourceLang = $state('');
  #display = $state<DisplayMode>('translation');
  #canReadAnyway = $state(false);
  #tab = $state<TargetTab | undefined>(undefined);
  readonly preferences = new SettingsState();
  readonly translation: TranslationState;
  #candidate: Article | null = null;
  /** Counts what the session was asked to show: an answer for an earlier ask is dropped. */
  #turn = 0;

  /** `reader`: the full-tab view, where original and translation sit side by side unless the reader chose otherwise. */
  constructor(
    readonly surface: Surface = 'popup',
    options: Omit<TranslationOptions, 'surface'> = {},
  ) {
    this.translation = new TranslationState(this.preferences, { ...options, surface });
  }

  get phase(): Phase {
    return this.#phase;
  }
  get message(): string {
    return this.#message;
  }
  get article(): Article | null {
    return this.#article;
  }
  get comments(): CommentState | null {
    return this.#comments;
  }
  get sourceLang(): string {
    return this.#sourceLang;
  }
  get display(): DisplayMode {
    return this.#display;
  }
  get canReadAnyway(): boolean {
    return this.#canReadAnyway;
  }
  get tab(): TargetTab | undefined {
    return this.#tab;
  }
  get settings(): Settings | undefined {
    return this.preferences.current;
  }

  get host(): string {
    try {
      return new URL(this.#article?.url ?? this.#tab?.url ?? '').hostname;
    } catch {
      return '';
    }
  }

  async start(search: string = location.search): Promise<void> {
    this.#phase = 'loading';
    performance.mark('tarjuma:session-start');
    // Nothing here waits for what it does not need: the settings, the tab, the pipeline's code, then the page read and
    // the left session (both need only the tab) all start at once; the cache opens as soon as the settings are in.
    this.translation.preload();
    const settings = this.preferences.load().then((loaded) => (this.translation.prepare(loaded), loaded));
    const target = resolveTargetTab(search);
    const extraction = target.then((tab) => (tab ? injectExtract(tab.id, tab.url) : undefined));
    // The popup looks for the session it (or the panel) left for this tab: a reopen then shows it at once.
    const left = target.then(async (tab) => ({
      tab,
      snapshot: tab && this.surface === 'popup' ? await takeSession(tab.id).catch(() => undefined) : undefined,
    }));
    const [loaded, { tab, snapshot }] = await Promise.all([settings, left]);
    performance.mark('tarjuma:settings-and-tab');
    this.#tab = tab;
    if (!tab) return this.fail('error', t('noTab'));
    if (snapshot && this.reusable(snapshot, tab, loaded)) {
      await this.resume({ ...snapshot, tab: { ...snapshot.tab, ...tab } }, loaded);
      // The page may have changed under the same address (a live article): read it again behind the shown session.
      return this.recheck(snapshot.article, extraction);
    }
    await this.read(tab, extraction);
  }

  /** A left session fits when it is of this page, fully translated, with the very settings in force now. */
  private reusable(snapshot: SessionSnapshot, tab: TargetTab, settings: Settings): boolean {
    const blocks = snapshot.article.blocks.map((b) => snapshot.translation.blocks[b.id]);
    return (
      samePage(snapshot.tab.url ?? snapshot.article.url, tab.url) &&
      blocks.length > 0 &&
      blocks.every((b) => b?.state === 'done') &&
      snapshot.settingsKey === settingsFingerprint(settings)
    );
  }

  private async recheck(shown: Article, reading: Promise<InjectOutcome | undefined>): Promise<void> {
    const turn = this.#turn;
    const outcome = await reading;
    if (!outcome || outcome.kind !== 'result' || !outcome.result.ok || turn !== this.#turn) return;
    const text = (article: Article) => article.blocks.map((b) => b.text).join('\n');
    if (text(outcome.result.article) === text(shown)) return;
    this.#comments = outcome.result.comments ?? null;
    await this.show(outcome.result.article);
  }

  /**
   * Reads `tab`'s article (the settings already loaded): the panel calls it when the reader asks for a new page.
   * `reading`: the page's extraction, already started.
   */
  async read(tab: TargetTab, reading?: Promise<InjectOutcome | undefined>): Promise<void> {
    const turn = ++this.#turn;
    this.translation.cancel();
    this.#tab = tab;
    this.#phase = 'loading';
    this.#article = null;
    this.#comments = null;
    this.#candidate = null;
    this.#canReadAnyway = false;
    const outcome = (await reading) ?? (await injectExtract(tab.id, tab.url));
    const timings = outcome.kind === 'result' && outcome.result.ok ? outcome.result.timings : undefined;
    // The time spent in the page itself, so the benchmark can tell injection from extraction.
    performance.mark('tarjuma:extracted', { detail: timings });
    // Another page was asked for meanwhile (the panel follows tab switches): this answer is not shown over it.
    if (turn !== this.#turn) return;
    if (outcome.kind === 'restricted') return this.fail('restricted', restrictionMessage(outcome.restriction));
    if (outcome.kind === 'timeout') return this.fail('error', t('pageNoAnswer'));
    if (outcome.kind === 'error') return this.fail('error', t('readError', outcome.message));
    const { result } = outcome;
    this.#comments = result.comments ?? null;
    if (!result.ok) {
      this.#candidate = result.candidate ?? null;
      this.#canReadAnyway = Boolean(this.#candidate?.blocks.length);
      if (result.reason === 'not-article') return this.fail('not-article', t('notArticle'));
      if (result.reason === 'too-large') return this.fail('error', t('tooLarge'));
      return this.fail('error', t('readError', result.message));
    }
    await this.show(result.article);
  }

  /** Translates text the reader selected on `tab`'s page (one block per paragraph), like an article of its own. */
  async showText(tab: TargetTab, text: string): Promise<void> {
    this.#turn++;
    this.translation.cancel();
    this.#tab = tab;
    this.#comments = null;
    this.#candidate = null;
    this.#canReadAnyway = false;
    const blocks = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line, i) => ({ id: `s${i}`, kind: 'paragraph' as const, text: line }));
    if (!blocks.length) return this.fail('error', t('selectionEmpty'));
    await this.show({ url: tab.url ?? '', title: '', blocks });
  }

  /** Shows what another surface read and translated: no extraction, no request for what is already translated. */
  async resume(snapshot: SessionSnapshot, settings: Settings): Promise<void> {
    this.#turn++;
    this.translation.cancel();
    this.preferences.use(settings);
    this.#tab = snapshot.tab;
    this.#comments = snapshot.comments;
    this.#sourceLang = snapshot.sourceLang;
    this.#article = snapshot.article;
    this.#display = this.surface === 'reader' ? 'side-by-side' : snapshot.display;
    this.#phase = 'ready';
    await this.translation.resume(this.subject(snapshot.article), snapshot.translation);
  }

  /** The session as plain data, or undefined while there is no article to hand over. */
  snapshot(): SessionSnapshot | undefined {
    const settings = this.settings;
    if (this.#phase !== 'ready' || !this.#article || !this.#tab || !settings) return undefined;
    return $state.snapshot({
      tab: this.#tab,
      article: this.#article,
      comments: this.#comments,
      sourceLang: this.#sourceLang,
      display: this.#display,
      settingsKey: settingsFingerprint(settings),
      translation: this.translation.snapshot(),
    });
  }

  async readAnyway(): Promise<void> {
    if (this.#candidate) await this.show(this.#candidate);
  }

  async setDisplay(mode: DisplayMode): Promise<void> {
    this.#display = mode;
    if (this.host && this.surface !== 'reader') await this.preferences.rememberSite(this.host, { display: mode });
  }

  /** Text size in the reader view and popup: 75% to 200%, remembered. */
  async setFontScale(scale: number): Promise<void> {
    const fontScale = Math.min(2, Math.max(0.75, Math.round(scale * 20) / 20));
    await this.preferences.update((s) => ({ ...s, display: { ...s.display, fontScale } }));
  }

  private subject(article: Article) {
    return { article, sourceLang: this.#sourceLang, comments: this.#comments, host: this.host };
  }

  private async show(article: Article): Promise<void> {
    const turn = this.#turn;
    // A message shown meanwhile ("not an article", after "Read anyway") gives way while the article is prepared.
    if (this.#phase !== 'ready') this.#phase = 'loading';
    const detected = await detectArticleLanguage(article);
    performance.mark('tarjuma:language-detected');
    this.#sourceLang = detected.lang;
    this.#article = { ...article, lang: detected.lang, dir: detected.dir };
    const settings = this.settings;
    // The reader view exists to compare: it always opens side by side. The popup follows the reader's choice for the site.
    this.#display =
      this.surface === 'reader'
        ? 'side-by-side'
        : (settings?.sites[this.host]?.display ?? settings?.display.mode ?? 'translation');
    const translating = this.translation.begin(this.subject(this.#article));
    // Drawing a long article holds the page for tens of milliseconds, and every step before the first request would
    // wait behind it: the article is drawn once that request is on its way (with any cached blocks), or after a moment.
    await Promise.race([this.translation.underway(), new Promise((resolve) => setTimeout(resolve, DRAW_AFTER_MS))]);
    if (turn === this.#turn) this.#phase = 'ready';
    await translating;
  }

  private fail(phase: Phase, message: string): void {
    this.#phase = phase;
    this.#message = message;
  }
}
