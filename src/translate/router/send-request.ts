import { isAbortError, isTimeoutReason, ProviderError, timeoutReason, type ProviderErrorKind } from '../errors';
import type { TranslationProvider } from '../provider';
import { logError } from '../../log/log-error';
import { abortableSleep } from './abortable-sleep';
import { attemptsFor, retryDelay } from './retry-delay';
import type { Sleep, WaitNotice } from './router-types';

export interface RequestContext {
  from: string;
  to: string;
  signal: AbortSignal;
  sleep?: Sleep;
  random?: () => number;
  onWait?: (notice: WaitNotice) => void;
  /** Called once per request actually sent. */
  onRequest: () => void;
  /** Overrides the attempts the error kind deserves (1 = no retry). */
  maxAttempts?: number;
  /** Kinds not worth waiting for here, because another service can take over at once (a rate limit, with a fallback). */
  noRetry?: ReadonlySet<ProviderErrorKind>;
}

/**
 * Whatever a provider threw, as a ProviderError the retry policy understands. Providers turn every failure of the
 * exchange into a ProviderError themselves, so anything else (a TypeError…) is a bug of ours: `internal`, logged.
 */
export function asProviderError(
  error: unknown,
  provider: TranslationProvider,
  timedOut: boolean,
  partial = false,
): ProviderError {
  if (timedOut) {
    if (error instanceof ProviderError && !isAbortError(error) && error.kind !== 'timeout') return error;
    const cause = error instanceof ProviderError ? error.data.cause : error;
    return new ProviderError(provider.id, 'timeout', { cause, ...(partial ? { reason: 'cut-off' as const } : {}) });
  }
  if (error instanceof ProviderError) return error;
  logError(`${provider.id} failed unexpectedly`, error);
  return new ProviderError(provider.id, 'internal', { cause: error });
}

/** Told each segment's translation as a streaming provider writes it (index into the texts sent). */
export type OnPartial = (index: number, text: string) => void;

/**
 * One request under the provider's timeout — the only timer on a request. Every sign of progress from a streaming
 * provider (bytes, a finished segment) starts it again, so the timeout counts silence, not the whole answer. The
 * answer must have one string per text.
 */
async function sendOnce(
  provider: TranslationProvider,
  texts: string[],
  ctx: RequestContext,
  onPartial?: OnPartial,
): Promise<string[]> {
  const timeout = new AbortController();
  const expire = () => timeout.abort(timeoutReason());
  let timer = setTimeout(expire, provider.limits.timeoutMs);
  let heard = false;
  const progress = () => {
    if (timeout.signal.aborted) return;
    heard = true;
    clearTimeout(timer);
    timer = setTimeout(expire, provider.limits.timeoutMs);
  };
  const signal = AbortSignal.any([ctx.signal, timeout.signal]);
  const partial: OnPartial | undefined =
    onPartial &&
    ((index, text) => {
      if (signal.aborted) return;
      progress();
      onPartial(index, text);
    });
  ctx.onRequest();
  try {
    // The race covers a provider that ignores its signal.
    const answer = await new Promise<string[]>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      provider
        .translate({ texts, from: ctx.from, to: ctx.to, signal, onPartial: partial, onProgress: progress })
        .then(resolve, reject);
    });
    if (!Array.isArray(answer) || answer.length !== texts.length || answer.some((text) => typeof text !== 'string')) {
      const got = Array.isArray(answer) ? answer.length : typeof answer;
      throw new ProviderError(provider.id, 'bad-response', { detail: `${got} texts for ${texts.length}` });
    }
    return answer;
  } catch (error) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    throw asProviderError(error, provider, timeout.signal.aborted || isTimeoutReason(error), heard);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends texts to one provider, retrying what is worth retrying (rate limit, 5xx, timeout, network) with backoff.
 * A batch answered with the wrong count is not retried whole: the caller retries its items one by one.
 * Rejects with the last ProviderError, or with the abort reason.
 */
export async function sendWithRetries(
  provider: TranslationProvider,
  texts: string[],
  ctx: RequestContext,
  onPartial?: OnPartial,
): Promise<string[]> {
  const sleep = ctx.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(provider, texts, ctx, onPartial);
    } catch (error) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      const failure = asProviderError(error, provider, false);
      const wholeBatchWrong = failure.kind === 'bad-response' && texts.length > 1;
      const giveUp = !failure.retryable || wholeBatchWrong || ctx.noRetry?.has(failure.kind);
      if (giveUp || attempt >= (ctx.maxAttempts ?? attemptsFor(failure))) throw failure;
      const ms = retryDelay(failure, attempt, ctx.random);
      if (ms === undefined) throw failure;
      ctx.onWait?.({ provider: provider.id, ms, reason: failure.kind === 'rate-limit' ? 'rate-limit' : 'retry' });
      await sleep(ms, ctx.signal);
    }
  }
}
