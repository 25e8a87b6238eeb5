import { injectExtract } from '../../extract/inject-extract';
import type { Article, CommentState } from '../../extract/types';
import { detectArticleLanguage } from './detect-article-language';
import { loadSettings, rememberSitePreference, updateSettings } from '../../settings/settings-store';
import type { DisplayMode, Settings } from '../../settings/settings-schema';
import { resolveTargetTab, type TargetTab } from '../resolve-tab';
import { t } from '../i18n';
import { TranslationState } from './translation-state.svelte';
import { restrictionMessage } from './restriction-message';

export type Phase = 'loading' | 'restricted' | 'not-article' | 'error' | 'ready';

/**
 * Everything the popup (and the reader view) shows for one tab: extraction, then translation and entities.
 * Svelte runes make each field reactive; components only read them and call the methods.
 */
export class ArticleSession {
  phase = $state<Phase>('loading');
  message = $state('');
  article = $state<Article | null>(null);
  comments = $state<CommentState | null>(null);
  sourceLang = $state('');
  display = $state<DisplayMode>('translation');
  canReadAnyway = $state(false);
  tab = $state<TargetTab | undefined>(undefined);
  settings = $state<Settings | undefined>(undefined);
  readonly translation = new TranslationState(this);
  private candidate: Article | null = null;

  /** `reader`: the full-tab view, where original and translation sit side by side unless the reader chose otherwise. */
  constructor(readonly surface: 'popup' | 'reader' = 'popup') {}

  get host(): string {
    try {
      return new URL(this.article?.url ?? this.tab?.url ?? '').hostname;
    } catch {
      return '';
    }
  }

  async start(search: string = location.search): Promise<void> {
    this.phase = 'loading';
    this.settings = await loadSettings();
    this.tab = await resolveTargetTab(search);
    if (!this.tab) return this.fail('error', t('noTab'));
    const outcome = await injectExtract(this.tab.id, this.tab.url);
    if (outcome.kind === 'restricted') return this.fail('restricted', restrictionMessage(outcome.restriction));
    if (outcome.kind === 'timeout') return this.fail('error', t('pageNoAnswer'));
    if (outcome.kind === 'error') return this.fail('error', t('readError', outcome.message));
    const { result } = outcome;
    this.comments = result.comments ?? null;
    if (!result.ok) {
      this.candidate = result.candidate ?? null;
      this.canReadAnyway = Boolean(this.candidate?.blocks.length);
      if (result.reason === 'not-article') return this.fail('not-article', t('notArticle'));
      if (result.reason === 'too-large') return this.fail('error', t('tooLarge'));
      return this.fail('error', t('readError', result.message));
    }
    await this.show(result.article);
  }

  async readAnyway(): Promise<void> {
    if (this.candidate) await this.show(this.candidate);
  }

  async setDisplay(mode: DisplayMode): Promise<void> {
    this.display = mode;
    if (this.host && this.surface === 'popup')
      this.settings = await rememberSitePreference(this.host, { display: mode });
  }

  /** Text size in the reader view and popup: 75% to 200%, remembered. */
  async setFontScale(scale: number): Promise<void> {
    const fontScale = Math.min(2, Math.max(0.75, Math.round(scale * 20) / 20));
    this.settings = await updateSettings((s) => ({ ...s, display: { ...s.display, fontScale } }));
  }

  private async show(article: Article): Promise<void> {
    const detected = await detectArticleLanguage(article);
    this.sourceLang = detected.lang;
    this.article = { ...article, lang: detected.lang, dir: detected.dir };
    // The reader view exists to compare: it always opens side by side. The popup follows the reader's choice for the site.
    this.display =
      this.surface === 'reader'
        ? 'side-by-side'
        : (this.settings?.sites[this.host]?.display ?? this.settings?.display.mode ?? 'translation');
    this.phase = 'ready';
    await this.translation.begin();
  }

  private fail(phase: Phase, message: string): void {
    this.phase = phase;
    this.message = message;
  }
}
