import { ProviderError } from '../errors';
import { errorForStatus, redact, type StatusClassifier } from './http-errors';
import { parseRetryAfter } from './retry-after';
import { hostOf } from './server-url';

/** What every request of one provider shares. */
export interface HttpClient {
  label: string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Keys that must never reach an error message. */
  secrets?: readonly string[];
  classify?: StatusClassifier;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export const initOf = (req: HttpRequest, signal: AbortSignal): RequestInit => ({
  method: req.method ?? 'GET',
  headers: req.headers,
  body: req.body,
  signal,
});

/** A failed exchange (no answer, or an answer cut short) as a ProviderError: the signals, not the error's shape, say why. */
export function exchangeError(client: HttpClient, req: HttpRequest, error: unknown, timedOut: boolean): ProviderError {
  const { label, secrets = [] } = client;
  // Fetch implementations disagree on what they throw.
  if (req.signal.aborted)
    return new ProviderError(label, 'aborted', `${label}: translation cancelled.`, { cause: error });
  if (timedOut) {
    const seconds = Number((client.timeoutMs / 1000).toFixed(1));
    return new ProviderError(label, 'timeout', `${label} did not answer within ${seconds} s.`, { cause: error });
  }
  const reason = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return new ProviderError(
    label,
    'network',
    redact(
      `${label} could not be reached at ${hostOf(req.url)}${reason}. Check the connection and the address.`,
      secrets,
    ),
    // A fetch error may name the request (query keys included): keep only a redacted copy of it.
    { cause: new Error(redact(error instanceof Error ? error.message : String(error), secrets)) },
  );
}

/** The error a non-2xx answer means, in the provider's own reading when it has one. */
export function statusError(client: HttpClient, response: Response, body: string): ProviderError {
  const secrets = client.secrets ?? [];
  const failure = {
    status: response.status,
    body: redact(body, secrets),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  };
  return redactError(client.classify?.(failure) ?? errorForStatus(client.label, failure), secrets);
}

/** Sends one request under the provider's timeout and the caller's signal; any failure becomes a ProviderError. */
export async function requestText(client: HttpClient, req: HttpRequest): Promise<string> {
  const timeout = AbortSignal.timeout(client.timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await client.fetch(req.url, initOf(req, AbortSignal.any([req.signal, timeout])));
    body = await response.text();
  } catch (error) {
    throw exchangeError(client, req, error, timeout.aborted);
  }
  if (!response.ok) throw statusError(client, response, body);
  return body;
}

/** The error with every secret taken out of its message. */
export function redactError(error: ProviderError, secrets: readonly string[]): ProviderError {
  const message = redact(error.message, secrets);
  return message === error.message ? error : new ProviderError(error.provider, error.kind, message, error.options);
}

export async function requestJson(client: HttpClient, req: HttpRequest): Promise<unknown> {
  const text = await requestText(client, req);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProviderError(client.label, 'bad-response', `${client.label} sent an answer that is not valid JSON.`, {
      cause: error,
    });
  }
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
