import { isAbortError, ProviderError } from '../../translate/errors';
import type { CloudProviderId } from '../../translate/provider-ids';
import type { TranslationCache } from '../../cache/translation-cache';
import type { Settings } from '../../settings/settings-schema';
import { sameLanguage } from '../../language/normalize-language-code';
import { providerErrorMessage, providerName } from './provider-error-message';
import { accessGate } from '../../translate/provider-access';
import { logError } from '../../log/log-error';
import { candidateProviders } from '../../translate/router/candidate-providers';
import { lookUpCache } from '../../translate/router/look-up-cache';
import { translateBlocks } from '../../translate/router/translate-blocks';
import { changedServices, planProviders } from './plan-providers';
import { translateQuote } from './translate-quote';
import { translationCache } from './translation-cache';
import { watchForStall } from './stall-watch';
import type { TranslationInput, TranslationSink } from './translation-sink';
import { formatWait, t } from '../i18n';

export type RunOutcome = 'finished' | 'skipped' | 'gated' | 'failed' | 'aborted';

/** The run's collaborators; the defaults are the real ones, tests pass a fake provider and cache. */
export interface RunDependencies {
  plan: typeof planProviders;
  gate: typeof accessGate;
  cache: (settings: Settings) => Promise<TranslationCache | undefined>;
}

const REAL: RunDependencies = { plan: planProviders, gate: accessGate, cache: translationCache };

/**
 * One pass of the pipeline: cache ▸ batch ▸ provider ▸ stream ▸ cache, told to `sink` as it goes. `input.only` limits
 * it to some blocks (retry); otherwise every block starts pending.
 */
export async function runTranslation(
  input: TranslationInput,
  sink: TranslationSink,
  signal: AbortSignal,
  deps: Partial<RunDependencies> = {},
): Promise<RunOutcome> {
  const { plan: planFor, gate: gateFor, cache: cacheFor } = { ...REAL, ...deps };
  const { settings, from, to, only } = input;
  let shown = '';
  const notice = (text: string) => {
    shown = text;
    sink.notice(text);
  };
  notice('');
  if (sameLanguage(from, to) || settings.neverTranslate.some((lang) => sameLanguage(lang, from))) {
    sink.skipped(sameLanguage(from, to) ? 'same-language' : 'never');
    return 'skipped';
  }
  sink.skipped(null);

  const targets = only ? input.blocks.filter((b) => only.includes(b.id)) : input.blocks;
  // The cache is asked while the provider is chosen and the permission checked, for every provider the choice may
  // fall on: the first request then need not wait for IndexedDB.
  const texts = targets.map((b) => b.text);
  const lookup = cacheFor(settings)
    .then((cache) => (cache ? lookUpCache(cache, candidateProviders(settings), from, to, texts) : undefined))
    .catch(() => undefined);
  const plan = await planFor(settings, from, to, {
    gesture: input.gesture,
    onDownloadProgress: (loaded) => sink.download({ needed: true, progress: loaded }),
  });
  performance.mark('tarjuma:providers-planned');
  if (plan.kind === 'download') {
    sink.download({ needed: true, progress: null });
    return 'gated';
  }
  const primaryCloud = plan.primary.id !== 'chrome-builtin' ? (plan.primary.id as CloudProviderId) : undefined;
  const gate = primaryCloud ? await gateFor(primaryCloud, settings) : undefined;
  if (gate) {
    sink.gated(gate, providerName(plan.primary.id));
    return 'gated';
  }
  sink.gated(null, providerName(plan.primary.id));
  sink.download(null);

  sink.started(
    targets.map((b) => b.id),
    !only,
    providerName(plan.primary.id),
  );
  const [cache, early] = await Promise.all([cacheFor(settings), lookup]);
  // User Timing marks let the benchmark time the pipeline from the page's own clock.
  performance.mark('tarjuma:translate-start');
  let firstBlock = true;
  let stallNotice = '';
  let failed = 0;
  const stall = watchForStall(
    (seconds) => {
      if (signal.aborted) return;
      stallNotice = t('stillWaiting', providerName(plan.primary.id), formatWait(seconds * 1000));
      notice(stallNotice);
    },
    () => {
      if (shown === stallNotice) notice('');
    },
  );
  const finished = new Set<string>();
  try {
    await translateBlocks({
      blocks: targets.map((b) => ({ id: b.id, text: b.text })),
      from,
      to,
      provider: plan.primary,
      fallback: plan.fallback,
      changed: changedServices,
      cache,
      lookup: early,
      signal,
      onUnderway: () => sink.underway(),
      onBlock: (event) => {
        if (signal.aborted) return;
        stall.progress();
        finished.add(event.id);
        if (firstBlock) performance.mark('tarjuma:first-block');
        firstBlock = false;
        if (event.state === 'done') {
          sink.block(event.id, { state: 'done', text: event.text, fromCache: event.fromCache });
        } else {
          failed += 1;
          sink.block(event.id, { state: 'error', error: providerErrorMessage(event.error) });
        }
      },
      onPreview: (id, text) => {
        if (signal.aborted || finished.has(id)) return;
        stall.progress();
        sink.block(id, { state: 'pending', preview: text });
      },
      onWait: ({ provider, ms, reason }) => {
        stall.waiting(ms);
        const wait = formatWait(ms);
        notice(t(reason === 'rate-limit' ? 'waitingRateLimit' : 'waitingRetry', providerName(provider), wait));
      },
    });
  } catch (error) {
    if (isAbortError(error) || signal.aborted) return 'aborted';
    // The router reports provider failures per block and never throws them: what reaches here is a bug of ours.
    if (!(error instanceof ProviderError)) logError('translation run failed', error);
    const message = providerErrorMessage(error);
    for (const b of targets) if (!finished.has(b.id)) sink.block(b.id, { state: 'error', error: message });
    return 'failed';
  } finally {
    stall.stop();
    if (!signal.aborted) notice('');
  }
  if (signal.aborted) return 'aborted';
  performance.mark('tarjuma:all-blocks');
  // The comments notice's quote arrives when it arrives: what follows the paragraphs (the highlights) does not wait
  // for it, nor for the language detector it may load.
  if (!only) {
    void translateQuote(input.comments, to, plan.primary, cache, signal)
      .then((quote) => quote && !signal.aborted && sink.commentsQuote(quote))
      .catch(() => undefined);
  }
  return failed ? 'failed' : 'finished';
}
