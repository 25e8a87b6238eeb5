import { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import { postJson, requestText, type HttpClient } from './http';
import { PROVIDER_LABELS } from './labels';
import { createTokenCache } from './microsoft-token';
import { asStringArray, badResponse, checkCount, isRecord } from './response-shape';

export const MICROSOFT_AUTH_URL = 'https://edge.microsoft.com/translate/auth';
export const MICROSOFT_EDGE_API_URL = 'https://api-edge.cognitive.microsofttranslator.com';
export const MICROSOFT_API_URL = 'https://api.cognitive.microsofttranslator.com';

const label = PROVIDER_LABELS.microsoft;

const MICROSOFT_CODES: Record<string, string> = { zh: 'zh-Hans', no: 'nb', iw: 'he', tl: 'fil' };
const microsoftCode = (code: string) => MICROSOFT_CODES[code] ?? code;

export interface MicrosoftOptions {
  apiKey?: string;
  region?: string;
  authUrl?: string;
  apiUrl?: string;
  fetch?: typeof fetch;
}

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
  if (!Array.isArray(data)) throw badResponse(label, 'not a list');
  checkCount(label, data, expected);
  const texts = data.map((entry) => {
    const first: unknown = isRecord(entry) && Array.isArray(entry.translations) ? entry.translations[0] : undefined;
    return isRecord(first) ? first.text : undefined;
  });
  return asStringArray(label, texts, expected, 'translations');
}

export function createMicrosoftProvider(opts: MicrosoftOptions = {}): TranslationProvider {
  const { apiKey, region } = opts;
  const apiUrl = (opts.apiUrl ?? (apiKey ? MICROSOFT_API_URL : MICROSOFT_EDGE_API_URL)).replace(/\/+$/, '');
  const authUrl = opts.authUrl ?? MICROSOFT_AUTH_URL;
  const client: HttpClient = {
    label,
    fetch: opts.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeoutMs: 15_000,
    secrets: apiKey ? [apiKey] : [],
    classify: ({ status, body, retryAfterMs }) => {
      const code = errorCode(body);
      if (code === 403001) {
        return new ProviderError(label, 'quota', `${label}: the key's quota is used up.`, { status, retryAfterMs });
      }
      if (status === 401 || status === 403) {
        const what = apiKey
          ? "the key was refused. Check it (and its region) in Tarjuma's options."
          : "the free access token was refused. Try again later, or add a key in Tarjuma's options.";
        return new ProviderError(label, 'auth', `${label}: ${what}`, { status });
      }
      return undefined;
    },
  };
  const tokens = createTokenCache(async (signal) => {
    const token = (await requestText(client, { url: authUrl, signal })).trim();
    if (!token || /\s/.test(token)) throw badResponse(label, 'the access token is empty or not a token');
    return token;
  });

  async function send(texts: string[], from: string, to: string, signal: AbortSignal): Promise<string[]> {
    const query = new URLSearchParams({ 'api-version': '3.0', to: microsoftCode(to) });
    if (from !== 'auto') query.set('from', microsoftCode(from));
    const headers: Record<string, string> = {};
    if (apiKey) {
      headers['Ocp-Apim-Subscription-Key'] = apiKey;
      if (region) headers['Ocp-Apim-Subscription-Region'] = region;
    } else {
      headers.Authorization = `Bearer ${await tokens.get(signal)}`;
    }
    const body = texts.map((text) => ({ Text: text }));
    return readTranslations(
      await postJson(client, `${apiUrl}/translate?${query}`, body, { headers, signal }),
      texts.length,
    );
  }

  return {
    id: 'microsoft',
    label,
    limits: { maxItems: 1_000, maxChars: 50_000, concurrency: 4, timeoutMs: client.timeoutMs },
    destination: () => (apiKey ? new URL(apiUrl).host : `${new URL(authUrl).host}, ${new URL(apiUrl).host}`),
    async translate({ texts, from, to, signal }) {
      if (texts.length === 0) return [];
      try {
        return await send(texts, from, to, signal);
      } catch (error) {
        // Edge tokens expire without notice: one fresh token and one retry, no more.
        if (apiKey || !(error instanceof ProviderError) || error.kind !== 'auth') throw error;
        tokens.invalidate();
        return send(texts, from, to, signal);
      }
    },
  };
}
