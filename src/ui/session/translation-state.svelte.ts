import { browser } from 'wxt/browser';
import type { EntityResult, Mention } from '../../entities/types';
import type { Article, CommentState } from '../../extract/types';
import { sameLanguage } from '../../language/normalize-language-code';
import { defaultTargetLanguage } from '../../language/default-target-language';
import { dirOf } from '../../language/text-direction';
import type { BlockTranslation } from './block-translation';
import { uiLanguage } from '../i18n';
import type { RunDependencies } from './run-translation';
import type { AccessGate } from '../../translate/provider-access';
import { checkAccessAhead, requestOrigins } from '../../translate/provider-access';
import { cloudCandidates } from '../../translate/router/candidate-providers';
import { findEntities, type EntitiesInput, type FoundEntities } from './find-entities';
import { entitiesStore, keptOrFound } from './kept-entities';
import { loadPipeline } from './load-pipeline';
import { RecogniseAhead } from './recognise-ahead';
import { translationCache } from './translation-cache';
import type { Settings } from '../../settings/settings-schema';
import type { TranslationCache } from '../../cache/translation-cache';
import type { SettingsState } from './settings-state.svelte';
import type { SkipReason, TranslationSink } from './translation-sink';

/** The article a translation is for, as plain data. */
export interface TranslationSubject {
  article: Article;
  sourceLang: string;
  comments: CommentState | null;
  host: string;
}

/** What a surface hands to another (the popup to the side panel): enough to show the same translation at once. */
export interface TranslationSnapshot {
  targetLang: string;
  blocks: Record<string, BlockTranslation>;
  commentsQuote: string;
  providerLabel: string;
  /** The entities found in these blocks, once found: shown again at once rather than found again. */
  found?: FoundEntities;
}

export interface TranslationOptions {
  /** Where a permission prompt can be shown: Firefox hides it beneath the popup, so the popup asks from the options page. */
  surface: 'popup' | 'reader' | 'panel';
  deps?: Partial<SessionDependencies>;
}

/** The run's collaborators, and where the entities found are kept; tests pass their own. */
export interface SessionDependencies extends RunDependencies {
  entities: () => Promise<TranslationCache | undefined>;
}

/** Translation of one article into the reader's language, block by block, and the entities found in it. */
export class TranslationState {
  #targetLang = $state('');
  #blocks = $state<Record<string, BlockTranslation>>({});
  #skipped = $state<SkipReason | null>(null);
  #gate = $state<AccessGate | null>(null);
  #gateDenied = $state(false);
  #download = $state<{ needed: boolean; progress: number | null } | null>(null);
  #notice = $state('');
  #providerLabel = $state('');
  #fromCache = $state(0);
  #entities = $state<EntityResult | null>(null);
  #sourceMentions = $state<Mention[]>([]);
  #commentsQuote = $state('');
  #subject: TranslationSubject | undefined;
  #controller: AbortController | undefined;
  /** The run's blocks recognised as they arrive; stopped when the article is recognised as a whole. */
  #ahead: RecogniseAhead | undefined;
  /** Settles when the latest run has its first requests on their way, or has ended. */
  #underway: Promise<void> = Promise.resolve();
  #settleUnderway: () => void = () => undefined;

  constructor(
    private readonly settings: SettingsState,
    private readonly options: TranslationOptions = { surface: 'popup' },
  ) {}

  get targetLang(): string {
    return this.#targetLang;
  }
  get blocks(): Readonly<Record<string, BlockTranslation>> {
    return this.#blocks;
  }
  /** Why nothing is translated: the article is in the reader's language, or they chose never to translate it. */
  get skipped(): SkipReason | null {
    return this.#skipped;
  }
  get gate(): AccessGate | null {
    return this.#gate;
  }
  get gateDenied(): boolean {
    return this.#gateDenied;
  }
  get download(): { needed: boolean; progress: number | null } | null {
    return this.#download;
  }
  /** A passing notice such as "Google Translate refused the request (rate limit) — retrying in 20 s". */
  get notice(): string {
    return this.#notice;
  }
  get providerLabel(): string {
    return this.#providerLabel;
  }
  get fromCache(): number {
    return this.#fromCache;
  }
  get entities(): EntityResult | null {
    return this.#entities;
  }
  get sourceMentions(): readonly Mention[] {
    return this.#sourceMentions;
  }
  /** Whether the reader wants people, places and organisations highlighted (the default). */
  get highlighting(): boolean {
    return this.settings.current?.display.highlightEntities !== false;
  }
  get commentsQuote(): string {
    return this.#commentsQuote;
  }
  get targetDir(): 'rtl' | 'ltr' {
    return dirOf(this.#targetLang);
  }
  get total(): number {
    return Object.keys(this.#blocks).length;
  }
  get done(): number {
    return Object.values(this.#blocks).filter((b) => b.state === 'done').length;
  }
  get failed(): string[] {
    return Object.entries(this.#blocks)
      .filter(([, b]) => b.state === 'error')
      .map(([id]) => id);
  }

  /** Starts translating `subject` into the reader's language for its site (or the default). */
  async begin(subject: TranslationSubject): Promise<void> {
    this.#subject = subject;
    const settings = this.settings.current;
    const site = settings?.sites[subject.host];
    this.#targetLang = site?.targetLanguage || settings?.targetLanguage || defaultTargetLanguage(uiLanguage());
    await this.run();
  }

  /** Shows what another surface had already translated, then translates only what it had not finished. */
  async resume(subject: TranslationSubject, snapshot: TranslationSnapshot): Promise<void> {
    this.#subject = subject;
    this.#targetLang = snapshot.targetLang;
    // Kept on this device (in the browser's session storage), like an answer from the cache.
    this.#blocks = Object.fromEntries(
      Object.entries(snapshot.blocks).map(([id, b]) => [id, b.state === 'done' ? { ...b, fromCache: true } : b]),
    );
    this.#fromCache = Object.values(this.#blocks).filter((b) => b.fromCache).length;
    this.#commentsQuote = snapshot.commentsQuote;
    this.#providerLabel = snapshot.providerLabel;
    const unfinished = subject.article.blocks.filter((b) => this.#blocks[b.id]?.state !== 'done').map((b) => b.id);
    const translatedAll = unfinished.length === 0 && Object.keys(snapshot.blocks).length > 0;
    if (translatedAll && snapshot.found && this.highlighting) {
      this.#entities = snapshot.found.entities;
      this.#sourceMentions = snapshot.found.sourceMentions;
      performance.mark('tarjuma:entities-found');
      return;
    }
    await (translatedAll
      ? this.entitiesOnly()
      : this.run(Object.keys(snapshot.blocks).length ? unfinished : undefined));
  }

  /** Starts loading the pipeline's code and opening the cache (default store): neither needs the settings. */
  preload(): void {
    void loadPipeline().catch(() => undefined);
    if (!this.options.deps?.cache) void translationCache().catch(() => undefined);
    // Opening IndexedDB takes tens of milliseconds on a fresh page: started now, it is open when an article read
    // before has all its blocks from the cache.
    void this.#entitiesStore().catch(() => undefined);
  }

  /**
   * Work that needs nothing from the page, started while the page is read: the pipeline's code, the translation cache
   * (opening IndexedDB costs tens of milliseconds on a reopen) and the browser's answer on the providers' origins.
   */
  prepare(settings: Settings): void {
    this.preload();
    if (!this.options.deps?.gate) checkAccessAhead(cloudCandidates(settings), settings);
    void (this.options.deps?.cache ?? translationCache)(settings).catch(() => undefined);
  }

  #entitiesStore(): Promise<TranslationCache | undefined> {
    return (this.options.deps?.entities ?? entitiesStore)();
  }

  snapshot(): TranslationSnapshot {
    return {
      targetLang: this.#targetLang,
      blocks: $state.snapshot(this.#blocks),
      commentsQuote: this.#commentsQuote,
      providerLabel: this.#providerLabel,
      found: this.#entities
        ? { entities: $state.snapshot(this.#entities), sourceMentions: $state.snapshot(this.#sourceMentions) }
        : undefined,
    };
  }

  async setTarget(lang: string): Promise<void> {
    this.#targetLang = lang;
    await this.settings.update((s) => ({ ...s, targetLanguage: lang }));
    const host = this.#subject?.host;
    if (host) await this.settings.rememberSite(host, { targetLanguage: lang });
    await this.run();
  }

  /** Read the article the other way round: its language becomes the target. */
  async swap(): Promise<void> {
    const source = this.#subject?.sourceLang;
    if (!source || sameLanguage(source, this.#targetLang)) return;
    await this.setTarget(source);
  }

  async retry(ids: string[] = this.failed): Promise<void> {
    await this.run(ids);
  }

  /** Called from the consent/permission card's button: runs in the click's user gesture. */
  async allow(): Promise<void> {
    const gate = this.#gate;
    if (!gate) return;
    if (import.meta.env.FIREFOX && this.options.surface === 'popup') {
      // Firefox opens the permission prompt beneath the popup, hidden until the popup closes: ask from the options page.
      await browser.runtime.openOptionsPage();
      return;
    }
    const granted = await requestOrigins(gate.origins);
    if (!granted) {
      this.#gateDenied = true;
      return;
    }
    if (gate.kind === 'consent') await this.settings.grantConsent(gate.provider);
    this.#gate = null;
    this.#gateDenied = false;
    await this.run();
  }

  /** Called from the Download button: Chrome only downloads an on-device model in a user gesture. */
  async startDownload(): Promise<void> {
    this.#download = { needed: true, progress: 0 };
    await this.run(undefined, true);
  }

  /** "Never translate Urdu": the reader reads this language; remembered for every article. */
  async setNeverTranslate(never: boolean): Promise<void> {
    const lang = this.#subject?.sourceLang;
    if (!lang) return;
    await this.settings.update((s) => ({
      ...s,
      neverTranslate: never
        ? [...new Set([...s.neverTranslate, lang])]
        : s.neverTranslate.filter((code) => !sameLanguage(code, lang)),
    }));
    await this.run();
  }

  cancel(): void {
    this.#controller?.abort();
  }

  /**
   * Settles once the latest run's cached blocks are in and its first requests are on their way, or once it has
   * ended (skipped, waiting for the reader, failed): the moment to draw the article without delaying them.
   */
  underway(): Promise<void> {
    return this.#underway;
  }

  /** The run's reports land in this state's own fields; nothing else writes them. */
  #sink: TranslationSink = {
    skipped: (reason) => {
      this.#skipped = reason;
      if (reason) this.#blocks = {};
    },
    gated: (gate, label) => {
      this.#gate = gate;
      this.#providerLabel = label;
    },
    download: (state) => (this.#download = state),
    started: (ids, reset, label) => {
      this.#providerLabel = label;
      const pending = Object.fromEntries(ids.map((id) => [id, { state: 'pending' as const }]));
      this.#blocks = reset ? pending : { ...this.#blocks, ...pending };
      if (reset) {
        this.#fromCache = 0;
        this.#entities = null;
        this.#sourceMentions = [];
      }
    },
    block: (id, translation) => {
      if (translation.state === 'pending' && this.#blocks[id]?.state !== 'pending') return;
      this.#blocks[id] = translation;
      if (translation.fromCache) this.#fromCache += 1;
      if (translation.state === 'done' && translation.text !== undefined && this.highlighting)
        this.#ahead?.translated(translation.text, this.#targetLang);
    },
    underway: () => {
      this.#settleUnderway();
      this.#recogniseWhileWaiting();
    },
    notice: (text) => (this.#notice = text),
    commentsQuote: (text) => (this.#commentsQuote = text),
  };

  /**
   * Once the first requests are on their way, the time spent waiting for them is used: the translation's recogniser
   * is loaded and the source's blocks are recognised (linking reads them; they are also what is highlighted when the
   * article needs no translation). Translated blocks follow as they arrive.
   */
  #recogniseWhileWaiting(): void {
    const ahead = this.#ahead;
    const subject = this.#subject;
    if (!ahead || !subject || !this.highlighting) return;
    ahead.prepare(this.#targetLang);
    for (const block of subject.article.blocks) ahead.source(block.text, subject.sourceLang);
  }

  private async run(only?: string[], gesture = false): Promise<void> {
    const subject = this.#subject;
    const settings = this.settings.current;
    let settle = () => undefined as void;
    this.#underway = new Promise<void>((resolve) => (settle = resolve));
    this.#settleUnderway = settle;
    if (!subject || !settings) return settle();
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#ahead?.stop();
    this.#ahead = new RecogniseAhead(controller.signal);
    const input = {
      blocks: subject.article.blocks,
      from: subject.sourceLang,
      to: this.#targetLang,
      settings,
      comments: subject.comments,
      only,
      gesture,
    };
    const outcome = await loadPipeline()
      .then(({ runTranslation }) => runTranslation(input, this.#sink, controller.signal, this.options.deps))
      .finally(settle);
    if (controller.signal.aborted) return;
    if (outcome === 'finished' || outcome === 'failed' || outcome === 'skipped') await this.entitiesOnly(controller);
  }

  private async entitiesOnly(controller = new AbortController()): Promise<void> {
    const subject = this.#subject;
    if (!subject || !this.highlighting) return;
    // What is not recognised yet is recognised now, with the rest.
    this.#ahead?.stop();
    this.#controller ??= controller;
    const input: EntitiesInput = {
      blocks: subject.article.blocks,
      sourceLang: subject.sourceLang,
      targetLang: this.#targetLang,
      translations: this.#skipped
        ? undefined
        : Object.fromEntries(Object.entries(this.#blocks).map(([id, b]) => [id, b.text])),
    };
    // An article read before, in this browser session or an earlier one, has its entities kept with its translation.
    const found = await keptOrFound(input, () => findEntities(input, controller.signal), this.#entitiesStore());
    if (!found || controller.signal.aborted) return;
    this.#entities = found.entities;
    this.#sourceMentions = found.sourceMentions;
    performance.mark('tarjuma:entities-found');
  }
}
