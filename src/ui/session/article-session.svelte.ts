import { injectExtract } from '../../extract/inject-extract';
import type { Article, CommentState } from '../../extract/types';
import { detectArticleLanguage } from './detect-article-language';
import type { DisplayMode } from '../../settings/settings-schema';
import { resolveTargetTab, type TargetTab } from '../resolve-tab';
import { t } from '../i18n';
import { TranslationState, type TranslationOptions, type TranslationSnapshot } from './translation-state.svelte';
import { restrictionMessage } from './restriction-message';
import { SettingsState } from './settings-state.svelte';
import type { Settings } from '../../settings/settings-schema';

export type Phase = 'loading' | 'restricted' | 'not-article' | 'error' | 'ready';
export type Surface = 'popup' | 'reader' | 'panel';

/** One surface's session, as plain data another surface can show at once (the popup hands it to the side panel). */
export interface SessionSnapshot {
  tab: TargetTab;
  article: Article;
  comments: CommentState | null;
  sourceLang: string;
  display: DisplayMode;
  settings: Settings;
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
    // Settings and the tab are independent: read both at once.
    const [, tab] = await Promise.all([this.preferences.load(), resolveTargetTab(search)]);
    performance.mark('tarjuma:settings-and-tab');
    this.#tab = tab;
    if (!tab) return this.fail('error', t('noTab'));
    await this.read(tab);
  }

  /** Reads `tab`'s article (the settings already loaded): the panel calls it when the reader asks for a new page. */
  async read(tab: TargetTab): Promise<void> {
    this.translation.cancel();
    this.#tab = tab;
    this.#phase = 'loading';
    this.#article = null;
    this.#comments = null;
    this.#candidate = null;
    this.#canReadAnyway = false;
    const outcome = await injectExtract(tab.id, tab.url);
    performance.mark('tarjuma:extracted');
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
  async resume(snapshot: SessionSnapshot): Promise<void> {
    this.translation.cancel();
    this.preferences.use(snapshot.settings);
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
      settings,
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
    this.#phase = 'ready';
    await this.translation.begin(this.subject(this.#article));
  }

  private fail(phase: Phase, message: string): void {
    this.#phase = phase;
    this.#message = message;
  }
}
