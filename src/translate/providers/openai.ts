// Protocol: OpenAI's chat completions (`POST /v1/chat/completions`, platform.openai.com/docs/api-reference/chat),
// also spoken by Ollama (docs.ollama.com/openai) and most hosted models; facts in ../shared/notes/providers.md,
// last confirmed 2026-12-01. Streamed as server-sent events (`choices[0].delta.content`). Ollama answers 403 to extension
// origins unless started with OLLAMA_ORIGINS.
import { ProviderError } from '../errors';
import { defineProvider } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { fetchOf, type HttpClient } from './http';
import { buildMessages, parseTranslations } from './openai-prompt';
import { originPatternFor } from './origin-pattern';
import { hostOf, normalizeServerUrl } from './server-url';
import { asStringArray, badResponse } from './response-shape';

/** Ollama on the reader's own machine: free, private, and slow on a laptop. */
export const OLLAMA_PRESET = { url: 'http://localhost:11434', model: 'llama3.1' } as const;

export interface OpenAiOptions {
  url: string;
  apiKey?: string;
  model: string;
}

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

export function createOpenAiProvider(opts: OpenAiOptions & { fetch?: typeof fetch }): TranslationProvider {
  const endpoint = chatCompletionsUrl(opts.url);
  const host = hostOf(endpoint);
  const { apiKey, model } = opts;
  const client: HttpClient = {
    provider: 'openai',
    fetch: fetchOf(opts.fetch),
    secrets: apiKey ? [apiKey] : [],
    classify: ({ status }) => {
      // Ollama refuses browser-extension origins with a bare 403 until the reader allows them.
      if (status === 403 && (!apiKey || isLocal(host))) {
        return new ProviderError('openai', 'refused', { status, host, reason: 'ollama-origins' });
      }
      if (status === 404) return new ProviderError('openai', 'refused', { status, host, model, reason: 'no-model' });
      return undefined;
    },
  };
  return {
    id: 'openai',
    // Output tokens, not input, are the bottleneck: keep batches small enough for an 8k-context local model.
    // A local model on a laptop CPU can take minutes for a batch; the timeout counts silence between tokens.
    limits: { maxItems: 20, maxChars: 4_000, concurrency: 1, timeoutMs: 120_000 },
    async translate({ texts, from, to, signal, onPartial, onProgress }) {
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
      const body = JSON.stringify(payload);
      const request = { url: endpoint, method: 'POST' as const, headers, body, signal, onProgress };
      // The streaming parsers load with the first request, not with the popup.
      const { requestCompletion } = await import('./openai-reply');
      const content = await requestCompletion(client, request, onPartial && early);
      const translations = parseTranslations(content);
      if (!translations) throw badResponse('openai', 'the reply is not the JSON object asked for');
      return asStringArray('openai', translations, texts.length, 'translations');
    },
  };
}

const optionsOf = (options: Partial<OpenAiOptions> | undefined): OpenAiOptions => ({
  url: options?.url || OLLAMA_PRESET.url,
  model: options?.model || OLLAMA_PRESET.model,
  apiKey: options?.apiKey || undefined,
});

export const openai = defineProvider({
  id: 'openai',
  label: 'providerOpenAi',
  addressIsConsent: true,
  fields: [
    { key: 'url', label: 'fieldUrl', type: 'url', placeholder: 'https://api.openai.com' },
    { key: 'apiKey', label: 'fieldApiKey', type: 'password' },
    { key: 'model', label: 'fieldModel', type: 'text', placeholder: 'gpt-4o-mini' },
  ],
  // A hosted model or a local one can sit on any host: the exact origin is requested at run time.
  manifestOrigins: ['http://*/*', 'https://*/*'],
  origins: (options: Partial<OpenAiOptions> | undefined) => [originPatternFor(optionsOf(options).url)],
  create: (options, hooks) => createOpenAiProvider({ ...optionsOf(options), fetch: hooks.fetch }),
});
