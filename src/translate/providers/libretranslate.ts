// Protocol: LibreTranslate's REST API (`POST /translate`), documented at docs.libretranslate.com and in its source
// (LibreTranslate/LibreTranslate, app.py); facts in ../shared/notes/providers.md, last confirmed 2026-12-01.
// `{q: string[], source, target, format, api_key?}` → `{translatedText: string[]}`; errors `{error}` with 400/403/429.
// Each server sets its own limits (char_limit, batch_limit).
import { ProviderError } from '../errors';
import { defineProvider } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { errorDetail } from './http-errors';
import { fetchOf, postJson, type HttpClient } from './http';
import { originPatternFor } from './origin-pattern';
import { normalizeServerUrl } from './server-url';
import { asStringArray, badResponse, isRecord } from './response-shape';

/** LibreTranslate's own default port, for a server on the reader's machine. */
export const LIBRETRANSLATE_DEFAULT_URL = 'http://localhost:5000';

export interface LibreTranslateOptions {
  url: string;
  apiKey?: string;
}

export function createLibreTranslateProvider(opts: {
  url: string;
  apiKey?: string;
  fetch?: typeof fetch;
}): TranslationProvider {
  const base = normalizeServerUrl(opts.url).replace(/\/translate$/, '');
  const { apiKey } = opts;
  const client: HttpClient = {
    provider: 'libretranslate',
    fetch: fetchOf(opts.fetch),
    secrets: apiKey ? [apiKey] : [],
    classify: ({ status, body }) => {
      const detail = errorDetail(body) || undefined;
      if (status === 403 || (status === 400 && detail && /api.?key/i.test(detail))) {
        return new ProviderError('libretranslate', 'auth', {
          status,
          detail,
          reason: apiKey ? 'key-refused' : 'no-key',
        });
      }
      return undefined;
    },
  };
  return {
    id: 'libretranslate',
    // Servers set their own limits (char_limit, batch_limit); these stay under the usual public settings.
    // Self-hosted servers often translate on a CPU: a long article batch can take a while.
    limits: { maxItems: 25, maxChars: 5_000, concurrency: 2, timeoutMs: 60_000 },
    async translate({ texts, from, to, signal }) {
      if (texts.length === 0) return [];
      const payload = { q: texts, source: from, target: to, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) };
      const data = await postJson(client, `${base}/translate`, payload, { signal });
      if (!isRecord(data)) throw badResponse('libretranslate', 'not an object');
      return asStringArray('libretranslate', data.translatedText, texts.length, 'translatedText');
    },
  };
}

const urlOf = (options: LibreTranslateOptions | undefined) => options?.url || LIBRETRANSLATE_DEFAULT_URL;

export const libretranslate = defineProvider({
  id: 'libretranslate',
  label: 'providerLibreTranslate',
  addressIsConsent: true,
  fields: [
    { key: 'url', label: 'fieldUrl', type: 'url', placeholder: 'https://libretranslate.example.org' },
    { key: 'apiKey', label: 'fieldApiKey', type: 'password' },
  ],
  // A self-hosted server can sit on any host: the exact origin is requested at run time.
  manifestOrigins: ['http://*/*', 'https://*/*'],
  origins: (options: LibreTranslateOptions | undefined) => [originPatternFor(urlOf(options))],
  create: (options, hooks) =>
    createLibreTranslateProvider({ url: urlOf(options), apiKey: options?.apiKey || undefined, fetch: hooks.fetch }),
});
