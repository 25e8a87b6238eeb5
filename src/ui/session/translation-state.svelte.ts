import { browser } from 'wxt/browser';
import type { EntityResult, Mention } from '../../entities/types';
import { sameLanguage } from '../../language/normalize-language-code';
import { defaultTargetLanguage } from '../../language/default-target-language';
import { dirOf } from '../../language/text-direction';
import { rememberSitePreference, updateSettings } from '../../settings/settings-store';
import type { BlockTranslation } from './block-translation';
import { uiLanguage } from '../i18n';
import type { ArticleSession } from './article-session.svelte';
import { runTranslation, type RunOutcome } from './run-translation';
import type { AccessGate } from '../../translate/provider-access';
import { requestOrigins } from '../../translate/provider-access';
import { grantConsent } from '../../settings/settings-store';
import { findEntities } from './find-entities';

/** Translation of the session's article into the reader's language, block by block, and the entities found in it. */
export class TranslationState {
  targetLang = $state('');
  blocks = $state<Record<string, BlockTranslation>>({});
  /** Why nothing is translated: the article is in the reader's language, or they chose never to translate it. */
  skipped = $state<'same-language' | 'never' | null>(null);
  gate = $state<AccessGate | null>(null);
  gateDenied = $state(false);
  download = $state<{ needed: boolean; progress: number | null } | null>(null);
  /** A passing notice such as "Google Translate refused the request (rate limit) — retrying in 20 s". */
  notice = $state('');
  providerLabel = $state('');
  fromCache = $state(0);
  entities = $state<EntityResult | null>(null);
  sourceMentions = $state<Mention[]>([]);
  commentsQuote = $state('');
  private controller: AbortController | undefined;

  constructor(private readonly session: ArticleSession) {}

  get targetDir(): 'rtl' | 'ltr' {
    return dirOf(this.targetLang);
  }

  get total(): number {
    return Object.keys(this.blocks).length;
  }

  get done(): number {
    return Object.values(this.blocks).filter((b) => b.state === 'done').length;
  }

  get failed(): string[] {
    return Object.entries(this.blocks)
      .filter(([, b]) => b.state === 'error')
      .map(([id]) => id);
  }

  async begin(): Promise<void> {
    const settings = this.session.settings;
    const site = settings?.sites[this.session.host];
    this.targetLang = site?.targetLanguage || settings?.targetLanguage || defaultTargetLanguage(uiLanguage());
    await this.run();
  }

  async setTarget(lang: string): Promise<void> {
    this.targetLang = lang;
    this.session.settings = await updateSettings((s) => ({ ...s, targetLanguage: lang }));
    if (this.session.host) await rememberSitePreference(this.session.host, { targetLanguage: lang });
    await this.run();
  }

  /** Read the article the other way round: its language becomes the target. */
  async swap(): Promise<void> {
    const source = this.session.sourceLang;
    if (!source || sameLanguage(source, this.targetLang)) return;
    await this.setTarget(source);
  }

  async retry(ids: string[] = this.failed): Promise<void> {
    await this.run(ids);
  }

  /** Called from the consent/permission card's button: runs in the click's user gesture. */
  async allow(): Promise<void> {
    const gate = this.gate;
    if (!gate) return;
    if (import.meta.env.FIREFOX && this.session.surface === 'popup') {
      // Firefox opens the permission prompt beneath the popup, hidden until the popup closes: ask from the options page.
      await browser.runtime.openOptionsPage();
      return;
    }
    const granted = await requestOrigins(gate.origins);
    if (!granted) {
      this.gateDenied = true;
      return;
    }
    if (gate.kind === 'consent') this.session.settings = await grantConsent(gate.provider);
    this.gate = null;
    this.gateDenied = false;
    await this.run();
  }

  /** Called from the Download button: Chrome only downloads an on-device model in a user gesture. */
  async startDownload(): Promise<void> {
    this.download = { needed: true, progress: 0 };
    await this.run(undefined, { gesture: true });
  }

  /** "Never translate Urdu": the reader reads this language; remembered for every article. */
  async setNeverTranslate(never: boolean): Promise<void> {
    const lang = this.session.sourceLang;
    this.session.settings = await updateSettings((s) => ({
      ...s,
      neverTranslate: never
        ? [...new Set([...s.neverTranslate, lang])]
        : s.neverTranslate.filter((code) => !sameLanguage(code, lang)),
    }));
    await this.run();
  }

  cancel(): void {
    this.controller?.abort();
  }

  private async run(only?: string[], options: { gesture?: boolean } = {}): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const outcome: RunOutcome = await runTranslation(this.session, this, controller.signal, only, options);
    if (controller.signal.aborted) return;
    if (outcome === 'finished' || outcome === 'failed') await findEntities(this.session, this, controller.signal);
  }
}
