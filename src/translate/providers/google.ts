// Protocol: Google's keyless web endpoint `translate_a/t` (client=gtx), unofficial and undocumented; facts from
// ../shared/notes/providers.md and the public translator extensions that use it. Last confirmed 2026-12-01.
// Batch: POST form-encoded, one `q` per text; answer one entry per q, "text" or ["text", "detected"].
// Abuse answers 429 or 403 with an "unusual traffic" page; requests kept around 5,000 characters.
import { ProviderError } from '../errors';
import { defineProvider } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { fetchOf, requestJson, type HttpClient } from './http';
import { originPatternFor } from './origin-pattern';
import { normalizeServerUrl } from './server-url';
import { badResponse, checkCount } from './response-shape';

export const GOOGLE_BASE_URL = 'https://translate.googleapis.com';

export interface GoogleOptions {
  /** Endpoint base override (a proxy, or a local test server). */
  url?: string;
}

// Google's codes where they differ from BCP 47 base codes.
const GOOGLE_CODES: Record<string, string> = { zh: 'zh-CN', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', he: 'iw' };
const googleCode = (code: string) => GOOGLE_CODES[code] ?? code;

/** Each entry is "text", or ["text", "detected language"] when the source was `auto`. */
function readEntry(entry: unknown, i: number): string {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry) && typeof entry[0] === 'string') return entry[0];
  throw badResponse('google', `entry ${i} is not text`);
}

/** A lone q comes back unwrapped: "text", or ["text", "ur"] when the source was `auto`. */
function isLoneEntry(data: unknown, from: string): boolean {
  if (typeof data === 'string') return true;
  return from === 'auto' && Array.isArray(data) && data.length === 2 && data.every((x) => typeof x === 'string');
}

export function createGoogleProvider(opts: { baseUrl?: string; fetch?: typeof fetch } = {}): TranslationProvider {
  const base = normalizeServerUrl(opts.baseUrl ?? GOOGLE_BASE_URL);
  const client: HttpClient = {
    provider: 'google',
    fetch: fetchOf(opts.fetch),
    keyless: true,
    classify: ({ status, retryAfterMs }) =>
      // Google answers abuse with 429 and an "unusual traffic" HTML page; 403 means this address is blocked for now.
      status === 429 || status === 403
        ? new ProviderError('google', 'rate-limit', { status, retryAfterMs })
        : undefined,
  };
  return {
    id: 'google',
    limits: { maxItems: 128, maxChars: 5_000, concurrency: 4, timeoutMs: 15_000 },
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
      if (!Array.isArray(entries)) throw badResponse('google', 'not a list');
      checkCount('google', entries, texts.length);
      return entries.map(readEntry);
    },
  };
}

export const google = defineProvider({
  id: 'google',
  label: 'providerGoogle',
  fields: [],
  manifestOrigins: [`${GOOGLE_BASE_URL}/*`],
  origins: (options: GoogleOptions | undefined) => [originPatternFor(options?.url || GOOGLE_BASE_URL)],
  create: (options, hooks) => createGoogleProvider({ baseUrl: options?.url || undefined, fetch: hooks.fetch }),
});
