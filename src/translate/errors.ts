import type { ConcreteProviderId } from './provider-ids';

/**
 * What went wrong, as a kind plus data: the interface puts it into words from its catalogue (`describe-error.ts`), so a
 * reader sees it in their language. `kind` also drives the retry policy and the fallback.
 */
export type ProviderErrorKind =
  | 'rate-limit' // 429: retry after `retryAfterMs`, or move to the fallback
  | 'server' // 5xx: retry with backoff
  | 'timeout' // no answer in time: retry
  | 'network' // offline, refused, reset: retry, then fall back
  | 'auth' // key missing or refused
  | 'quota' // quota exhausted (DeepL 456, Microsoft 403001): no retry
  | 'bad-response' // malformed body, wrong item count: retry once, then fall back
  | 'unsupported' // the provider can't do this language pair
  | 'refused' // 4xx that is not one of the above (Ollama 403 without OLLAMA_ORIGINS, 413, an unknown model…)
  | 'service-changed' // a keyless endpoint answered 404/410 or a web page: it has moved, retrying cannot help
  | 'needs-gesture' // the on-device model must be downloaded from a click
  | 'internal' // a bug in Tarjuma itself: logged, shown as such, never retried as if the network had failed
  | 'aborted';

/** Finer reasons within a kind, each with its own sentence in the catalogue. */
export type ProviderErrorReason =
  | 'no-key' // auth: the service needs a key and none is set
  | 'key-refused' // auth: the key (or its region) was refused
  | 'ollama-origins' // refused: a local model server turned the extension's origin away
  | 'no-model' // refused: the model or the endpoint does not exist
  | 'not-found' // refused: nothing answers at the configured address (404)
  | 'too-large' // refused: 413
  | 'web-page' // bad-response: a web page came back where JSON was expected
  | 'cut-off'; // network/timeout: the answer had begun and broke off

export interface ProviderErrorData {
  status?: number;
  retryAfterMs?: number;
  reason?: ProviderErrorReason;
  /** `host:port` the request went to. */
  host?: string;
  /** The model asked for (OpenAI-compatible servers). */
  model?: string;
  /** What the server said, keys taken out: for the options page's test and for logs, never a sentence of ours. */
  detail?: string;
  cause?: unknown;
}

export class ProviderError extends Error {
  override readonly name: string = 'ProviderError';
  constructor(
    readonly provider: ConcreteProviderId,
    readonly kind: ProviderErrorKind,
    readonly data: ProviderErrorData = {},
  ) {
    // The message is for logs and developers; readers are shown the catalogue's words.
    const parts = [data.reason, data.status && `HTTP ${data.status}`, data.host, data.detail].filter(Boolean);
    super(`${provider}: ${kind}${parts.length ? ` (${parts.join(', ')})` : ''}`, { cause: data.cause });
  }
  get status(): number | undefined {
    return this.data.status;
  }
  get retryAfterMs(): number | undefined {
    return this.data.retryAfterMs;
  }
  get reason(): ProviderErrorReason | undefined {
    return this.data.reason;
  }
  /** Worth trying the same provider again. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
  /** The same error with other data (a key redacted, a reason added). */
  with(data: Partial<ProviderErrorData>): ProviderError {
    return new ProviderError(this.provider, this.kind, { ...this.data, ...data });
  }
}

const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set([
  'rate-limit',
  'server',
  'timeout',
  'network',
  'bad-response',
]);

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof ProviderError && error.kind === 'aborted')
  );
}

/** Our own request timeout aborts with this reason, so whoever sees the abort can tell it from the reader's. */
export const timeoutReason = () => new DOMException('The provider did not answer in time', 'TimeoutError');

export function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof DOMException && reason.name === 'TimeoutError';
}
