import { afterEach, describe, expect, it } from 'vitest';
import { chatCompletionsUrl, createOpenAiProvider } from '../../../src/translate/providers/openai';
import { buildMessages, parseTranslations } from '../../../src/translate/providers/openai-prompt';
import type { FakeServer } from '../../servers/fake-server';
import { startOpenAiServer } from '../../servers/openai-server';
import { catchError } from './helpers';

let server: FakeServer | undefined;
afterEach(() => server?.close());

const signal = () => new AbortController().signal;

describe('OpenAI-compatible provider', () => {
  it('accepts a base URL with or without /v1', () => {
    const expected = 'http://localhost:11434/v1/chat/completions';
    for (const url of [
      'http://localhost:11434',
      'http://localhost:11434/',
      'http://localhost:11434/v1',
      `${expected}`,
    ]) {
      expect(chatCompletionsUrl(url)).toBe(expected);
    }
  });

  it('sends every segment in one JSON prompt and checks the answer', async () => {
    server = await startOpenAiServer({ models: ['llama3.1'], apiKey: 'sk-test-abcdef' });
    const provider = createOpenAiProvider({ url: `${server.url}/v1/`, model: 'llama3.1', apiKey: 'sk-test-abcdef' });
    const texts = ['پہلا "جملہ"', 'دوسرا\nجملہ', 'تیسرا'];
    expect(await provider.translate({ texts, from: 'ur', to: 'en', signal: signal() })).toEqual(
      texts.map((t) => `[en] ${t}`),
    );
    const body = JSON.parse(server.requests[0]!.body);
    expect(body).toMatchObject({ model: 'llama3.1', temperature: 0, response_format: { type: 'json_object' } });
    expect(body.messages[0].content).toContain('from Urdu to English');
    expect(body.messages[0].content).toContain('exactly 3 strings');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-test-abcdef');
  });

  it('reads fenced JSON and bare arrays, rejects prose', () => {
    expect(parseTranslations('```json\n{"translations": ["a"]}\n```')).toEqual(['a']);
    expect(parseTranslations('["a","b"]')).toEqual(['a', 'b']);
    expect(parseTranslations('Here is your translation: a')).toBeUndefined();
    expect(JSON.parse(buildMessages(['x'], 'auto', 'ur')[1]!.content)).toEqual({
      source: 'auto',
      target: 'ur',
      texts: ['x'],
    });
  });

  it('points at OLLAMA_ORIGINS when a local server answers 403', async () => {
    server = await startOpenAiServer({ faults: ['forbidden'] });
    const provider = createOpenAiProvider({ url: server.url, model: 'llama3.1' });
    const error = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error).toMatchObject({ kind: 'refused', status: 403 });
    expect(error).toMatchObject({ kind: 'refused', reason: 'ollama-origins' });
  });

  it('names a missing model and a refused key (without the key)', async () => {
    server = await startOpenAiServer({ models: ['qwen2.5'], apiKey: 'sk-right-key-0000' });
    const missing = await catchError(
      createOpenAiProvider({ url: server.url, model: 'llama3.1', apiKey: 'sk-right-key-0000' }).translate({
        texts: ['a'],
        from: 'ur',
        to: 'en',
        signal: signal(),
      }),
    );
    expect(missing.kind).toBe('refused');
    expect(missing).toMatchObject({ kind: 'refused', reason: 'no-model', data: { model: 'llama3.1' } });
    const refused = await catchError(
      createOpenAiProvider({ url: server.url, model: 'qwen2.5', apiKey: 'sk-wrong-key-1111' }).translate({
        texts: ['a'],
        from: 'ur',
        to: 'en',
        signal: signal(),
      }),
    );
    expect(refused.kind).toBe('auth');
    expect(refused.message).not.toContain('sk-wrong-key-1111');
  });

  it.each([
    ['wrong-count' as const, 'bad-response'],
    ['malformed' as const, 'bad-response'],
    [{ type: 'rate-limit', retryAfter: '7' } as const, 'rate-limit'],
    ['server-error' as const, 'server'],
    ['reset' as const, 'network'],
  ])('maps %o to %s', async (fault, kind) => {
    server = await startOpenAiServer({ faults: [fault] });
    const provider = createOpenAiProvider({ url: server.url, model: 'm' });
    const error = await catchError(provider.translate({ texts: ['a', 'b'], from: 'ur', to: 'en', signal: signal() }));
    expect(error.kind).toBe(kind);
  });
});
