// Protocol: DeepL API v2, documented at developers.deepl.com (`/v2/translate`); facts in ../shared/notes/providers.md,
// last confirmed 2026-12-01. `Authorization: DeepL-Auth-Key <key>`; keys ending `:fx` use api-free.deepl.com.
// Up to 50 texts / 128 KiB a request; 456 = quota exceeded, 429 = too many requests, 403 = key refused.
import { ProviderError } from '../errors';
import { defineProvider } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { fetchOf, postJson, type HttpClient } from './http';
import { deeplSource, deeplTarget } from './deepl-languages';
import { originPatternFor } from './origin-pattern';
import { asStringArray, badResponse, isRecord } from './response-shape';

export interface DeeplOptions {
  apiKey?: string;
  /** Endpoint base override (a proxy, or a local test server). */
  url?: string;
}

/** Free-plan keys end in `:fx` and only work on the free host. */
export function deeplBaseUrl(apiKey: string): string {
  return apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

function readTranslations(data: unknown, expected: number): string[] {
  if (!isRecord(data) || !Array.isArray(data.translations)) throw badResponse('deepl', 'no translations');
  const texts = data.translations.map((t: unknown) => (isRecord(t) ? t.text : undefined));
  return asStringArray('deepl', texts, expected, 'translations');
}

export function createDeeplProvider(opts: {
  apiKey: string;
  baseUrl?: string;
  fetch?: typeof fetch;
}): TranslationProvider {
  const { apiKey } = opts;
  const base = (opts.baseUrl ?? deeplBaseUrl(apiKey)).replace(/\/+$/, '');
  const client: HttpClient = {
    provider: 'deepl',
    fetch: fetchOf(opts.fetch),
    secrets: [apiKey],
    classify: ({ status, retryAfterMs }) => {
      const data = { status, retryAfterMs };
      if (status === 456) return new ProviderError('deepl', 'quota', data);
      if (status === 401 || status === 403)
        return new ProviderError('deepl', 'auth', { ...data, reason: 'key-refused' });
      if (status === 429) return new ProviderError('deepl', 'rate-limit', data);
      return undefined;
    },
  };
  return {
    id: 'deepl',
    // 128 KiB a request: 40,000 characters stays under it even for 3-byte scripts.
    limits: { maxItems: 50, maxChars: 40_000, concurrency: 2, timeoutMs: 30_000 },
    async translate({ texts, from, to, signal }) {
      if (!apiKey.trim()) throw new ProviderError('deepl', 'auth', { reason: 'no-key' });
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

export const deepl = defineProvider({
  id: 'deepl',
  label: 'providerDeepl',
  fields: [{ key: 'apiKey', label: 'fieldApiKeyRequired', type: 'password' }],
  manifestOrigins: ['https://api-free.deepl.com/*', 'https://api.deepl.com/*'],
  origins: (options: DeeplOptions | undefined) => [
    originPatternFor(options?.url || deeplBaseUrl(options?.apiKey ?? '')),
  ],
  // Without a key the provider still exists and says so on first use, so the popup can show that message.
  create: (options, hooks) =>
    createDeeplProvider({ apiKey: options?.apiKey ?? '', baseUrl: options?.url || undefined, fetch: hooks.fetch }),
});
