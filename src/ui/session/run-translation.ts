import { isAbortError, ProviderError } from '../../translate/errors';
import type { CloudProviderId } from '../../translate/provider-ids';
import { sameLanguage } from '../../language/normalize-language-code';
import { providerErrorMessage, providerName } from './provider-error-message';
import { accessGate } from '../../translate/provider-access';
import { formatWait, t } from '../i18n';
import type { ArticleSession } from './article-session.svelte';
import type { TranslationState } from './translation-state.svelte';
import { changedServices, planProviders } from './plan-providers';
import { logError } from '../../log/log-error';
import { translationCache } from './translation-cache';
import { translateBlocks } from '../../translate/router/translate-blocks';
import { translateQuote } from './translate-quote';
import { watchForStall } from './stall-watch';

export type RunOutcome = 'finished' | 'skipped' | 'gated' | 'failed' | 'aborted';

/**
 * One pass of the pipeline: cache ▸ batch ▸ provider ▸ stream into the view ▸ cache. `only` limits it to some
 * blocks (retry); otherwise every block starts pending.
 */
export async function runTranslation(
  session: ArticleSession,
  state: TranslationState,
  signal: AbortSignal,
  only?: string[],
  options: { gesture?: boolean } = {},
): Promise<RunOutcome> {
  const article = session.article;
  const settings = session.settings;
  if (!article || !settings) return 'failed';
  const from = session.sourceLang;
  const to = state.targetLang;
  state.notice = '';
  if (sameLanguage(from, to) || settings.neverTranslate.some((lang) => sameLanguage(lang, from))) {
    state.skipped = sameLanguage(from, to) ? 'same-language' : 'never';
    state.blocks = {};
    return 'finished';
  }
  state.skipped = null;

  const plan = await planProviders(settings, from, to, {
    ...options,
    onDownloadProgress: (loaded) => (state.download = { needed: true, progress: loaded }),
  });
  if (plan.kind === 'download') {
    state.download = { needed: true, progress: null };
    return 'gated';
  }
  const primaryCloud = plan.primary.id !== 'chrome-builtin' ? (plan.primary.id as CloudProviderId) : undefined;
  const gate = primaryCloud ? await accessGate(primaryCloud, settings) : undefined;
  if (gate) {
    state.gate = gate;
    state.providerLabel = providerName(plan.primary.id);
    return 'gated';
  }
  state.gate = null;
  state.download = null;
  state.providerLabel = providerName(plan.primary.id);

  const targets = only ? article.blocks.filter((b) => only.includes(b.id)) : article.blocks;
  const pending = Object.fromEntries(targets.map((b) => [b.id, { state: 'pending' as const }]));
  state.blocks = only ? { ...state.blocks, ...pending } : pending;
  if (!only) {
    state.fromCache = 0;
    state.entities = null;
    state.sourceMentions = [];
  }

  const cache = await translationCache(settings);
  // User Timing marks let the benchmark time the pipeline from the popup's own clock.
  performance.mark('tarjuma:translate-start');
  let stallNotice = '';
  const stall = watchForStall(
    (seconds) => {
      if (signal.aborted) return;
      stallNotice = t('stillWaiting', providerName(plan.primary.id), formatWait(seconds * 1000));
      state.notice = stallNotice;
    },
    () => {
      if (state.notice === stallNotice) state.notice = '';
    },
  );
  try {
    await translateBlocks({
      blocks: targets.map((b) => ({ id: b.id, text: b.text })),
      from,
      to,
      provider: plan.primary,
      fallback: plan.fallback,
      changed: changedServices,
      cache,
      signal,
      onBlock: (event) => {
        if (signal.aborted) return;
        stall.progress();
        if (event.state === 'done') {
          state.blocks[event.id] = { state: 'done', text: event.text, fromCache: event.fromCache };
          if (event.fromCache) state.fromCache += 1;
        } else {
          state.blocks[event.id] = { state: 'error', error: providerErrorMessage(event.error) };
        }
      },
      onPreview: (id, text) => {
        if (signal.aborted || state.blocks[id]?.state !== 'pending') return;
        stall.progress();
        state.blocks[id] = { state: 'pending', preview: text };
      },
      onWait: ({ provider, ms, reason }) => {
        stall.waiting(ms);
        const wait = formatWait(ms);
        state.notice = t(reason === 'rate-limit' ? 'waitingRateLimit' : 'waitingRetry', providerName(provider), wait);
      },
    });
  } catch (error) {
    if (isAbortError(error) || signal.aborted) return 'aborted';
    // The router reports provider failures per block and never throws them: what reaches here is a bug of ours.
    if (!(error instanceof ProviderError)) logError('translation run failed', error);
    const message = providerErrorMessage(error);
    for (const b of targets)
      if (state.blocks[b.id]?.state !== 'done') state.blocks[b.id] = { state: 'error', error: message };
    return 'failed';
  } finally {
    stall.stop();
    if (!signal.aborted) state.notice = '';
  }
  if (!only && !signal.aborted) {
    const quote = await translateQuote(session.comments, to, plan.primary, cache, signal).catch(() => undefined);
    if (quote) state.commentsQuote = quote;
  }
  return state.failed.length ? 'failed' : 'finished';
}
