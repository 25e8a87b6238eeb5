import { ProviderError, isAbortError } from '../errors';
import type { TranslationProvider } from '../provider';
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
}

/** Whatever a provider threw, as a ProviderError the retry policy understands. */
export function asProviderError(error: unknown, provider: TranslationProvider, timedOut: boolean): ProviderError {
  // Our own timeout aborted the request: the provider may report that as an abort, but it is a timeout.
  if (error instanceof ProviderError && !(timedOut && isAbortError(error))) return error;
  if (timedOut) {
    return new ProviderError(provider.label, 'timeout', `${provider.label} did not answer in time.`, { cause: error });
  }
  if (error instanceof TypeError) {
    return new ProviderError(provider.label, 'network', `Could not reach ${provider.label}.`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ProviderError(provider.label, 'bad-response', `${provider.label} failed: ${detail}`, { cause: error });
}

/** Told each segment's translation as a streaming provider writes it (index into the texts sent). */
export type OnPartial = (index: number, text: string) => void;

/**
 * One request with the provider's timeout; the answer must have one string per text. A streaming provider's every
 * finished segment shows it is still working, and starts the timeout again.
 */
async function sendOnce(
  provider: TranslationProvider,
  texts: string[],
  ctx: RequestContext,
  onPartial?: OnPartial,
): Promise<string[]> {
  const timeout = new AbortController();
  const expire = () => timeout.abort(new DOMException('timeout', 'TimeoutError'));
  let timer = setTimeout(expire, provider.limits.timeoutMs);
  const signal = AbortSignal.any([ctx.signal, timeout.signal]);
  const partial: OnPartial | undefined =
    onPartial &&
    ((index, text) => {
      if (signal.aborted) return;
      clearTimeout(timer);
      timer = setTimeout(expire, provider.limits.timeoutMs);
      onPartial(index, text);
    });
  ctx.onRequest();
  try {
    // The race covers a provider that ignores its signal.
    const answer = await new Promise<string[]>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      provider.translate({ texts, from: ctx.from, to: ctx.to, signal, onPartial: partial }).then(resolve, reject);
    });
    if (!Array.isArray(answer) || answer.length !== texts.length || answer.some((text) => typeof text !== 'string')) {
      const got = Array.isArray(answer) ? answer.length : typeof answer;
      throw new ProviderError(
        provider.label,
        'bad-response',
        `${provider.label} returned ${got} texts for ${texts.length}.`,
      );
    }
    return answer;
  } catch (error) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    throw asProviderError(error, provider, timeout.signal.aborted);
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
      if (!failure.retryable || wholeBatchWrong || attempt >= (ctx.maxAttempts ?? attemptsFor(failure))) throw failure;
      const ms = retryDelay(failure, attempt, ctx.random);
      if (ms === undefined) throw failure;
      ctx.onWait?.({ provider: provider.label, ms, reason: failure.kind === 'rate-limit' ? 'rate-limit' : 'retry' });
      await sleep(ms, ctx.signal);
    }
  }
}
