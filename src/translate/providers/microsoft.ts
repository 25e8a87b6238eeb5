// Protocol: Microsoft Translator. Facts from ../shared/notes/providers.md, last confirmed 2026-12-01.
// - Keyless (Edge's own endpoint, undocumented): POST {url}/translate/translatetext?from=<code|empty>&to=<code>
//   &isEnterpriseClient=false, a JSON array of strings, no token. The Edge token (`/translate/auth`) it replaced was
//   retired on 2026-08-05 (404 since). Its limits are unpublished: Tarjuma stays at 25 texts / 5,000 characters a
//   request, two at a time, what Google's free endpoint bears and a tenth of the keyed API's limits.
// - With a key (documented, Translator v3): POST api.cognitive.microsofttranslator.com/translate?api-version=3.0,
//   `Ocp-Apim-Subscription-Key` (+ `Ocp-Apim-Subscription-Region`), body `[{"Text"}]`; up to 1,000 texts and 50,000
//   characters a request. Error codes are the status followed by three digits: 403001 is the free tier's quota.
// Both answer `[{ detectedLanguage?, translations: [{ text, to }] }]`, one entry per text.
import { ProviderError } from '../errors';
import { defineProvider } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { fetchOf, postJson, type HttpClient } from './http';
import { originPatternFor } from './origin-pattern';
import { asStringArray, badResponse, checkCount, isRecord } from './response-shape';
import { normalizeServerUrl } from './server-url';

/** The keyless endpoint's host; `/translate/translatetext` is appended to it (or to the reader's override). */
export const MICROSOFT_EDGE_URL = 'https://edge.microsoft.com';
export const MICROSOFT_API_URL = 'https://api.cognitive.microsofttranslator.com';

export interface MicrosoftOptions {
  apiKey?: string;
  region?: string;
  /** Endpoint base override (a proxy, or a local test server): the keyless base, or with a key the API's base. */
  url?: string;
}

const MICROSOFT_CODES: Record<string, string> = { zh: 'zh-Hans', no: 'nb', iw: 'he', tl: 'fil' };
const microsoftCode = (code: string) => MICROSOFT_CODES[code] ?? code;

/** Microsoft's error codes are the status followed by three digits: 403001 is the free tier's quota. */
function errorCode(body: string): unknown {
  try {
    const data: unknown = JSON.parse(body);
    return isRecord(data) && isRecord(data.error) ? data.error.code : undefined;
  } catch {
    return undefined;
  }
}

/** `[{translations: [{text}]}]`, one entry per text. */
function readTranslations(data: unknown, expected: number): string[] {
  if (!Array.isArray(data)) throw badResponse('microsoft', 'not a list');
  checkCount('microsoft', data, expected);
  const texts = data.map((entry) => {
    const first: unknown = isRecord(entry) && Array.isArray(entry.translations) ? entry.translations[0] : undefined;
    return isRecord(first) ? first.text : undefined;
  });
  return asStringArray('microsoft', texts, expected, 'translations');
}

const baseOf = (opts: MicrosoftOptions) =>
  normalizeServerUrl(opts.url || (opts.apiKey ? MICROSOFT_API_URL : MICROSOFT_EDGE_URL));

export function createMicrosoftProvider(opts: MicrosoftOptions & { fetch?: typeof fetch } = {}): TranslationProvider {
  const { apiKey, region } = opts;
  const base = baseOf(opts);
  const client: HttpClient = {
    provider: 'microsoft',
    fetch: fetchOf(opts.fetch),
    secrets: apiKey ? [apiKey] : [],
    keyless: !apiKey,
    classify: ({ status, body, retryAfterMs }) => {
      if (errorCode(body) === 403001) return new ProviderError('microsoft', 'quota', { status, retryAfterMs });
      if (apiKey && (status === 401 || status === 403)) {
        return new ProviderError('microsoft', 'auth', { status, reason: 'key-refused' });
      }
      // The free endpoint asking for credentials has changed the way the token endpoint did.
      if (!apiKey && status === 401) return new ProviderError('microsoft', 'service-changed', { status });
      return undefined;
    },
  };

  function request(texts: string[], from: string, to: string, signal: AbortSignal) {
    if (apiKey) {
      const query = new URLSearchParams({ 'api-version': '3.0', to: microsoftCode(to) });
      if (from !== 'auto') query.set('from', microsoftCode(from));
      const headers: Record<string, string> = { 'Ocp-Apim-Subscription-Key': apiKey };
      if (region) headers['Ocp-Apim-Subscription-Region'] = region;
      const body = texts.map((text) => ({ Text: text }));
      return postJson(client, `${base}/translate?${query}`, body, { headers, signal });
    }
    // `from` empty = detect; the order of the parameters is Edge's own.
    const query = new URLSearchParams({
      from: from === 'auto' ? '' : microsoftCode(from),
      to: microsoftCode(to),
      isEnterpriseClient: 'false',
    });
    return postJson(client, `${base}/translate/translatetext?${query}`, texts, { signal });
  }

  return {
    id: 'microsoft',
    limits: apiKey
      ? { maxItems: 1_000, maxChars: 50_000, concurrency: 4, timeoutMs: 15_000 }
      : { maxItems: 25, maxChars: 5_000, concurrency: 2, timeoutMs: 15_000 },
    async translate({ texts, from, to, signal }) {
      if (texts.length === 0) return [];
      return readTranslations(await request(texts, from, to, signal), texts.length);
    },
  };
}

export const microsoft = defineProvider({
  id: 'microsoft',
  label: 'providerMicrosoft',
  fields: [
    { key: 'apiKey', label: 'fieldApiKey', type: 'password' },
    { key: 'region', label: 'fieldRegion', type: 'text' },
  ],
  manifestOrigins: [`${MICROSOFT_EDGE_URL}/*`, `${MICROSOFT_API_URL}/*`],
  origins: (options: MicrosoftOptions | undefined) => [originPatternFor(baseOf(options ?? {}))],
  create: (options, hooks) =>
    createMicrosoftProvider({
      apiKey: options?.apiKey || undefined,
      region: options?.region || undefined,
      url: options?.url || undefined,
      fetch: hooks.fetch,
    }),
});
