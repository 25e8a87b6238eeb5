import { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import { waitHint } from './http-errors';
import { requestJson, type HttpClient } from './http';
import { PROVIDER_LABELS } from './labels';
import { hostOf, normalizeServerUrl } from './server-url';
import { badResponse, checkCount } from './response-shape';

export const GOOGLE_BASE_URL = 'https://translate.googleapis.com';

const label = PROVIDER_LABELS.google;

// Google's codes where they differ from BCP 47 base codes.
const GOOGLE_CODES: Record<string, string> = { zh: 'zh-CN', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', he: 'iw' };
const googleCode = (code: string) => GOOGLE_CODES[code] ?? code;

/** Each entry is "text", or ["text", "detected language"] when the source was `auto`. */
function readEntry(entry: unknown, i: number): string {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry) && typeof entry[0] === 'string') return entry[0];
  throw badResponse(label, `entry ${i} is not text`);
}

/** A lone q comes back unwrapped: "text", or ["text", "ur"] when the source was `auto`. */
function isLoneEntry(data: unknown, from: string): boolean {
  if (typeof data === 'string') return true;
  return from === 'auto' && Array.isArray(data) && data.length === 2 && data.every((x) => typeof x === 'string');
}

export function createGoogleProvider(opts: { baseUrl?: string; fetch?: typeof fetch } = {}): TranslationProvider {
  const base = normalizeServerUrl(opts.baseUrl ?? GOOGLE_BASE_URL);
  const client: HttpClient = {
    label,
    fetch: opts.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeoutMs: 15_000,
    classify: ({ status, retryAfterMs }) => {
      // Google answers abuse with 429 and an "unusual traffic" HTML page; 403 means this address is blocked for now.
      if (status === 429 || status === 403) {
        return new ProviderError(
          label,
          'rate-limit',
          `${label} refused the request (rate limit). ${waitHint(retryAfterMs)}`,
          {
            status,
            retryAfterMs,
          },
        );
      }
      return undefined;
    },
  };
  return {
    id: 'google',
    label,
    limits: { maxItems: 128, maxChars: 5_000, concurrency: 4, timeoutMs: client.timeoutMs },
    destination: () => hostOf(base),
    async translate({ texts, from, to, signal }) {
      if (texts.length === 0) return [];
      const query = new URLSearchParams({ client: 'gtx', sl: googleCode(from), tl: googleCode(to) });
      const body = new URLSearchParams();
      for (const text of texts) body.append('q', text);
      const data = await requestJson(client, {
        url: `${base}/translate_a/t?${query}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: body.toString(),
        signal,
      });
      const entries = texts.length === 1 && isLoneEntry(data, from) ? [data] : data;
      if (!Array.isArray(entries)) throw badResponse(label, 'not a list');
      checkCount(label, entries, texts.length);
      return entries.map(readEntry);
    },
  };
}
