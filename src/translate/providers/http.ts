import { isTimeoutReason, ProviderError, type ProviderErrorData } from '../errors';
import type { ConcreteProviderId } from '../provider-ids';
import { errorForStatus, isWebPage, redact, type StatusClassifier } from './http-errors';
import { parseRetryAfter } from './retry-after';
import { hostOf } from './server-url';

/**
 * What every request of one provider shares. There is no timeout here: the router times each request, once, and
 * aborts its signal with a `TimeoutError` reason (see `send-request.ts`).
 */
export interface HttpClient {
  provider: ConcreteProviderId;
  fetch: typeof fetch;
  /** Keys that must never reach an error message. */
  secrets?: readonly string[];
  /** A free endpoint used without a key: a 404/410 or a web page means it has changed, not that it is busy. */
  keyless?: boolean;
  classify?: StatusClassifier;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** Told whenever bytes arrive: the answer is still coming. */
  onProgress?: () => void;
}

export const initOf = (req: HttpRequest): RequestInit => ({
  method: req.method ?? 'GET',
  headers: req.headers,
  body: req.body,
  signal: req.signal,
});

export const fetchOf = (fetcher: typeof fetch | undefined): typeof fetch =>
  fetcher ?? ((...args) => globalThis.fetch(...args));

/** A failed exchange (no answer, or an answer cut short) as a ProviderError: the signal, not the error's shape, says why. */
export function exchangeError(client: HttpClient, req: HttpRequest, error: unknown, partial = false): ProviderError {
  const secrets = client.secrets ?? [];
  const host = hostOf(req.url);
  // A fetch error may name the request (query keys included): keep only a redacted copy of it.
  const cause = new Error(redact(error instanceof Error ? error.message : String(error), secrets));
  const data: ProviderErrorData = { host, cause, ...(partial ? { reason: 'cut-off' as const } : {}) };
  if (req.signal.aborted) {
    return new ProviderError(client.provider, isTimeoutReason(req.signal.reason) ? 'timeout' : 'aborted', data);
  }
  return new ProviderError(client.provider, 'network', data);
}

/** The error a non-2xx answer means, in the provider's own reading when it has one. */
export function statusError(client: HttpClient, req: HttpRequest, response: Response, body: string): ProviderError {
  const secrets = client.secrets ?? [];
  const failure = {
    status: response.status,
    body: redact(body, secrets),
    contentType: response.headers.get('content-type') ?? '',
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  };
  const context = { keyless: client.keyless, host: hostOf(req.url) };
  return redactError(client.classify?.(failure) ?? errorForStatus(client.provider, failure, context), secrets);
}

/** Sends one request under the caller's signal; any failure (a non-2xx answer included) becomes a ProviderError. */
async function exchange(client: HttpClient, req: HttpRequest): Promise<{ body: string; contentType: string }> {
  let response: Response;
  let body: string;
  try {
    response = await client.fetch(req.url, initOf(req));
    body = await response.text();
  } catch (error) {
    throw exchangeError(client, req, error);
  }
  if (!response.ok) throw statusError(client, req, response, body);
  return { body, contentType: response.headers.get('content-type') ?? '' };
}

/** The error with every secret taken out of what it carries. */
export function redactError(error: ProviderError, secrets: readonly string[]): ProviderError {
  const detail = error.data.detail === undefined ? undefined : redact(error.data.detail, secrets);
  return detail === error.data.detail ? error : error.with({ detail });
}

/** A body that should be JSON, read: a web page instead means a changed free service, or a wrong address. */
export function parseJsonBody(client: HttpClient, text: string, contentType = ''): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (isWebPage(text, contentType)) {
      const kind = client.keyless ? 'service-changed' : 'bad-response';
      throw new ProviderError(client.provider, kind, { reason: 'web-page', cause: error });
    }
    throw new ProviderError(client.provider, 'bad-response', { detail: 'not JSON', cause: error });
  }
}

export async function requestJson(client: HttpClient, req: HttpRequest): Promise<unknown> {
  const { body, contentType } = await exchange(client, req);
  return parseJsonBody(client, body, contentType);
}

export function postJson(
  client: HttpClient,
  url: string,
  payload: unknown,
  init: { headers?: Record<string, string>; signal: AbortSignal },
): Promise<unknown> {
  return requestJson(client, {
    url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: JSON.stringify(payload),
    signal: init.signal,
  });
}
