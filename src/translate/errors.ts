/**
 * Errors a reader can act on. Every provider failure becomes one of these, with a message that names the provider
 * and says what to do. `kind` drives the retry policy and the per-block message in the popup.
 */
export type ProviderErrorKind =
  | 'rate-limit' // 429: retry after `retryAfterMs`
  | 'server' // 5xx: retry with backoff
  | 'timeout' // no answer in time: retry
  | 'network' // offline, refused, reset: retry, then fall back
  | 'auth' // key refused / expired token (after one refresh)
  | 'quota' // quota exhausted (DeepL 456, …): no retry
  | 'bad-response' // malformed body, wrong item count: retry once, then fall back
  | 'unsupported' // the provider can't do this language pair
  | 'refused' // 4xx that is not one of the above (e.g. Ollama 403 without OLLAMA_ORIGINS)
  | 'needs-gesture' // on-device model must be downloaded from a click
  | 'permission' // host permission not granted
  | 'aborted';

export class ProviderError extends Error {
  override readonly name: string = 'ProviderError';
  constructor(
    readonly provider: string,
    readonly kind: ProviderErrorKind,
    message: string,
    readonly options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
  get status(): number | undefined {
    return this.options.status;
  }
  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }
  /** Worth trying the same provider again. */
  get retryable(): boolean {
    return ['rate-limit', 'server', 'timeout', 'network', 'bad-response'].includes(this.kind);
  }
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof ProviderError && error.kind === 'aborted')
  );
}
