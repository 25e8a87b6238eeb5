import type { ProviderError } from '../errors';

export const MAX_ATTEMPTS = 3;
/** A provider asking us to come back later than this is treated as down for now: fall back instead of waiting. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const RATE_LIMIT_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 20_000;

/** Attempts a request of this kind deserves in all (a malformed answer is retried once, as its kind says). */
export function attemptsFor(error: ProviderError): number {
  // A server that let a whole request time out is tried once more, not twice: the reader has already waited.
  return error.kind === 'bad-response' || error.kind === 'timeout' ? 2 : MAX_ATTEMPTS;
}

/**
 * How long to wait before attempt `attempt + 1`: the server's `Retry-After` when it gave one, else exponential backoff
 * with jitter (so parallel requests that failed together do not retry together). Undefined = do not retry.
 */
export function retryDelay(
  error: ProviderError,
  attempt: number,
  random: () => number = Math.random,
): number | undefined {
  if (error.kind === 'rate-limit' && error.retryAfterMs !== undefined) {
    if (error.retryAfterMs > MAX_RETRY_AFTER_MS) return undefined;
    return Math.max(0, error.retryAfterMs) + Math.round(random() * 250);
  }
  const base = error.kind === 'rate-limit' ? RATE_LIMIT_BASE_MS : BACKOFF_BASE_MS;
  const exponential = Math.min(BACKOFF_CAP_MS, base * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}
