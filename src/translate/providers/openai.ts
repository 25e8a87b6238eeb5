import { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import type { HttpClient } from './http';
import { PROVIDER_LABELS } from './labels';
import { buildMessages, parseTranslations } from './openai-prompt';
import { hostOf, normalizeServerUrl } from './server-url';
import { asStringArray, badResponse } from './response-shape';

/** Ollama on the reader's own machine: free, private, and slow on a laptop. */
export const OLLAMA_PRESET = { url: 'http://localhost:11434', model: 'llama3.1' } as const;

export const OLLAMA_ORIGINS_HINT = 'OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*';

const label = PROVIDER_LABELS.openai;

/** `http://host:11434`, `http://host:11434/v1/` and `…/v1/chat/completions` all name the same endpoint. */
export function chatCompletionsUrl(url: string): string {
  const base = normalizeServerUrl(url)
    .replace(/\/chat\/completions$/, '')
    .replace(/\/v1$/, '');
  return `${base}/v1/chat/completions`;
}

function isLocal(host: string): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(host) || host.endsWith(':11434');
}

export function createOpenAiProvider(opts: {
  url: string;
  apiKey?: string;
  model: string;
  fetch?: typeof fetch;
}): TranslationProvider {
  const endpoint = chatCompletionsUrl(opts.url);
  const host = hostOf(endpoint);
  const { apiKey, model } = opts;
  const client: HttpClient = {
    label,
    fetch: opts.fetch ?? ((...args) => globalThis.fetch(...args)),
    // A local model on a laptop CPU can take minutes for a batch.
    timeoutMs: 120_000,
    secrets: apiKey ? [apiKey] : [],
    classify: ({ status }) => {
      // Ollama refuses browser-extension origins with a bare 403 until the reader allows them.
      if (status === 403 && (!apiKey || isLocal(host))) {
        const message = `${label}: the server at ${host} refused the extension (HTTP 403). If it is Ollama, set ${OLLAMA_ORIGINS_HINT} and restart it.`;
        return new ProviderError(label, 'refused', message, { status });
      }
      if (status === 404) {
        const message = `${label}: ${host} has no model "${model}" or no chat completions endpoint (HTTP 404). Check the address and the model name (Ollama: ollama pull ${model}).`;
        return new ProviderError(label, 'refused', message, { status });
      }
      return undefined;
    },
  };
  return {
    id: 'openai',
    label,
    // Output tokens, not input, are the bottleneck: keep batches small enough for an 8k-context local model.
    limits: { maxItems: 20, maxChars: 4_000, concurrency: 1, timeoutMs: client.timeoutMs },
    destination: () => host,
    async translate({ texts, from, to, signal, onPartial }) {
      if (texts.length === 0) return [];
      // Streamed, so each segment can be shown as soon as the model has written it: on a laptop's CPU a batch takes
      // minutes, its first segment seconds.
      const payload = {
        model,
        temperature: 0,
        stream: true,
        response_format: { type: 'json_object' },
        messages: buildMessages(texts, from, to),
      };
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}),
      };
      const early = (i: number, text: string) => {
        if (i < texts.length) onPartial?.(i, text);
      };
      const request = { url: endpoint, method: 'POST' as const, headers, body: JSON.stringify(payload), signal };
      // The streaming parsers load with the first request, not with the popup.
      const { requestCompletion } = await import('./openai-reply');
      const content = await requestCompletion(client, request, onPartial && early);
      const translations = parseTranslations(content);
      if (!translations) throw badResponse(label, 'the reply is not the JSON object asked for');
      return asStringArray(label, translations, texts.length, 'translations');
    },
  };
}
