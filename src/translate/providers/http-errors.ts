import { ProviderError } from '../errors';

export interface HttpFailure {
  status: number;
  /** Response body as text (already redacted). */
  body: string;
  retryAfterMs?: number;
}

/** A provider's own reading of a failed response; undefined falls back to the generic mapping. */
export type StatusClassifier = (failure: HttpFailure) => ProviderError | undefined;

/** Servers put their reason in `{error}`, `{error: {message}}` or `{message}`; HTML pages carry nothing readable. */
export function errorDetail(body: string): string {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return '';
  }
  if (typeof data !== 'object' || data === null) return '';
  const record = data as Record<string, unknown>;
  const nested =
    typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : {};
  const detail = [record.error, nested.message, record.message, record.detail].find((x) => typeof x === 'string');
  return typeof detail === 'string' ? detail.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
}

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 4).reduce((out, secret) => out.split(secret).join('•••'), text);
}

export function waitHint(retryAfterMs: number | undefined): string {
  return retryAfterMs === undefined
    ? 'Wait a moment and try again.'
    : `Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

/** Generic meaning of an HTTP status, for providers that say nothing more specific. */
export function errorForStatus(label: string, failure: HttpFailure): ProviderError {
  const { status, retryAfterMs } = failure;
  const detail = errorDetail(failure.body);
  const because = detail ? `: ${detail}` : '';
  const options = { status, retryAfterMs };
  if (status === 429) {
    return new ProviderError(
      label,
      'rate-limit',
      `${label} refused the request (rate limit). ${waitHint(retryAfterMs)}`,
      options,
    );
  }
  if (status === 401) {
    return new ProviderError(label, 'auth', `${label}: the key was refused. Check it in Tarjuma's options.`, options);
  }
  if (status === 402 || status === 456) {
    return new ProviderError(label, 'quota', `${label}: the quota is used up${because}.`, options);
  }
  if (status === 408 || status === 504) {
    return new ProviderError(label, 'timeout', `${label} took too long to answer (HTTP ${status}).`, options);
  }
  if (status >= 500) {
    return new ProviderError(
      label,
      'server',
      `${label} is having trouble (HTTP ${status}${because}). Trying again later may help.`,
      options,
    );
  }
  if (status === 413) {
    return new ProviderError(label, 'refused', `${label} refused the request: it was too large.`, options);
  }
  if (/not supported|unsupported|invalid (source|target)/i.test(detail)) {
    return new ProviderError(label, 'unsupported', `${label} cannot translate this language pair${because}.`, options);
  }
  return new ProviderError(label, 'refused', `${label} refused the request (HTTP ${status}${because}).`, options);
}
