import { ProviderError } from '../errors';
import type { ConcreteProviderId } from '../provider-ids';

export interface HttpFailure {
  status: number;
  /** Response body as text (already redacted). */
  body: string;
  contentType: string;
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

/** An HTML document where an API answer was expected: a login wall, a moved service's landing page, a 404 page. */
export function isWebPage(body: string, contentType: string): boolean {
  return /^text\/html/i.test(contentType) || /^\s*(<!doctype html|<html[\s>])/i.test(body.slice(0, 200));
}

/**
 * Generic meaning of an HTTP status, for providers that say nothing more specific. `keyless`: a free endpoint that
 * answers 404/410 has been moved or retired, which no retry can mend.
 */
export function errorForStatus(
  provider: ConcreteProviderId,
  failure: HttpFailure,
  context: { keyless?: boolean; host?: string } = {},
): ProviderError {
  const { status, retryAfterMs } = failure;
  const detail = errorDetail(failure.body) || undefined;
  const data = { status, retryAfterMs, detail, host: context.host };
  if (status === 429) return new ProviderError(provider, 'rate-limit', data);
  if (status === 401) return new ProviderError(provider, 'auth', { ...data, reason: 'key-refused' });
  if (status === 402 || status === 456) return new ProviderError(provider, 'quota', data);
  if (status === 408 || status === 504) return new ProviderError(provider, 'timeout', data);
  if (status >= 500) return new ProviderError(provider, 'server', data);
  if (status === 404 || status === 410) {
    return context.keyless
      ? new ProviderError(provider, 'service-changed', data)
      : new ProviderError(provider, 'refused', { ...data, reason: 'not-found' });
  }
  if (status === 413) return new ProviderError(provider, 'refused', { ...data, reason: 'too-large' });
  if (detail && /not supported|unsupported|invalid (source|target)/i.test(detail)) {
    return new ProviderError(provider, 'unsupported', data);
  }
  return new ProviderError(provider, 'refused', data);
}
