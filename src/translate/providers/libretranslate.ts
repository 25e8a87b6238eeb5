import { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import { errorDetail } from './http-errors';
import { postJson, type HttpClient } from './http';
import { PROVIDER_LABELS } from './labels';
import { hostOf, normalizeServerUrl } from './server-url';
import { asStringArray, badResponse, isRecord } from './response-shape';

/** LibreTranslate's own default port, for a server on the reader's machine. */
export const LIBRETRANSLATE_DEFAULT_URL = 'http://localhost:5000';

const label = PROVIDER_LABELS.libretranslate;

export function createLibreTranslateProvider(opts: {
  url: string;
  apiKey?: string;
  fetch?: typeof fetch;
}): TranslationProvider {
  const base = normalizeServerUrl(opts.url).replace(/\/translate$/, '');
  const { apiKey } = opts;
  const client: HttpClient = {
    label,
    fetch: opts.fetch ?? ((...args) => globalThis.fetch(...args)),
    // Self-hosted servers often translate on a CPU: a long article batch can take a while.
    timeoutMs: 60_000,
    secrets: apiKey ? [apiKey] : [],
    classify: ({ status, body }) => {
      const detail = errorDetail(body);
      if (status === 403 || (status === 400 && /api.?key/i.test(detail))) {
        const what = apiKey ? 'the API key was refused' : 'this server needs an API key';
        return new ProviderError(
          label,
          'auth',
          `${label}: ${what}${detail ? ` (${detail})` : ''}. Check Tarjuma's options.`,
          {
            status,
          },
        );
      }
      return undefined;
    },
  };
  return {
    id: 'libretranslate',
    label,
    // Servers set their own limits (char_limit, batch_limit); these stay under the usual public settings.
    limits: { maxItems: 25, maxChars: 5_000, concurrency: 2, timeoutMs: client.timeoutMs },
    destination: () => hostOf(base),
    async translate({ texts, from, to, signal }) {
      if (texts.length === 0) return [];
      const payload = { q: texts, source: from, target: to, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) };
      const data = await postJson(client, `${base}/translate`, payload, { signal });
      if (!isRecord(data)) throw badResponse(label, 'not an object');
      return asStringArray(label, data.translatedText, texts.length, 'translatedText');
    },
  };
}
