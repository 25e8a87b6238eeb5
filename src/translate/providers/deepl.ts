import { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import { waitHint } from './http-errors';
import { postJson, type HttpClient } from './http';
import { deeplSource, deeplTarget } from './deepl-languages';
import { PROVIDER_LABELS } from './labels';
import { asStringArray, badResponse, isRecord } from './response-shape';

const label = PROVIDER_LABELS.deepl;

/** Free-plan keys end in `:fx` and only work on the free host. */
export function deeplBaseUrl(apiKey: string): string {
  return apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

function readTranslations(data: unknown, expected: number): string[] {
  if (!isRecord(data) || !Array.isArray(data.translations)) throw badResponse(label, 'no translations');
  const texts = data.translations.map((t: unknown) => (isRecord(t) ? t.text : undefined));
  return asStringArray(label, texts, expected, 'translations');
}

export function createDeeplProvider(opts: {
  apiKey: string;
  baseUrl?: string;
  fetch?: typeof fetch;
}): TranslationProvider {
  const { apiKey } = opts;
  const base = (opts.baseUrl ?? deeplBaseUrl(apiKey)).replace(/\/+$/, '');
  const client: HttpClient = {
    label,
    fetch: opts.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeoutMs: 30_000,
    secrets: [apiKey],
    classify: ({ status, retryAfterMs }) => {
      const options = { status, retryAfterMs };
      if (status === 456) return new ProviderError(label, 'quota', `${label}: your monthly quota is used up.`, options);
      if (status === 401 || status === 403) {
        return new ProviderError(
          label,
          'auth',
          `${label}: the key was refused. Check it in Tarjuma's options.`,
          options,
        );
      }
      if (status === 429) {
        return new ProviderError(
          label,
          'rate-limit',
          `${label}: too many requests. ${waitHint(retryAfterMs)}`,
          options,
        );
      }
      return undefined;
    },
  };
  return {
    id: 'deepl',
    label,
    // 128 KiB a request: 40,000 characters stays under it even for 3-byte scripts.
    limits: { maxItems: 50, maxChars: 40_000, concurrency: 2, timeoutMs: client.timeoutMs },
    destination: () => new URL(base).host,
    async translate({ texts, from, to, signal }) {
      if (!apiKey.trim()) {
        throw new ProviderError(label, 'auth', `${label} needs an API key: add yours in Tarjuma's options.`);
      }
      if (texts.length === 0) return [];
      const source = deeplSource(from);
      const payload = { text: texts, target_lang: deeplTarget(to), ...(source ? { source_lang: source } : {}) };
      const headers = { Authorization: `DeepL-Auth-Key ${apiKey}` };
      return readTranslations(
        await postJson(client, `${base}/v2/translate`, payload, { headers, signal }),
        texts.length,
      );
    },
  };
}
