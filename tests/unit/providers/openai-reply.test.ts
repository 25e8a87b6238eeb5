import { sendWithRetries } from '../../../src/translate/router/send-request';
import { afterEach, describe, expect, it } from 'vitest';
import { requestEventStream } from '../../../src/translate/providers/http-stream';
import { createOpenAiProvider } from '../../../src/translate/providers/openai';
import { createItemReader, createStreamedReply } from '../../../src/translate/providers/openai-reply';
import type { FakeServer } from '../../servers/fake-server';
import { startOpenAiServer } from '../../servers/openai-server';
import { catchError } from './helpers';

let server: FakeServer | undefined;
afterEach(() => server?.close());

const signal = () => new AbortController().signal;
const TEXTS = ['پہلا "جملہ"', 'دوسرا\nجملہ', 'تیسرا جملہ'];

function itemsOf(pieces: string[]): [number, string][] {
  const items: [number, string][] = [];
  const reader = createItemReader((i, text) => items.push([i, text]));
  for (const piece of pieces) reader.write(piece);
  return items;
}

describe('reading translations out of a streamed reply', () => {
  it('gives each item as its string closes, escapes split across pieces included', () => {
    const json = JSON.stringify({ translations: ['First "one"', 'Second\nline', 'Third \\ é'] });
    const pieces = json.match(/[\s\S]{1,3}/g)!;
    expect(itemsOf(pieces)).toEqual([
      [0, 'First "one"'],
      [1, 'Second\nline'],
      [2, 'Third \\ é'],
    ]);
  });

  it('reads a bare array and JSON after a code fence', () => {
    expect(itemsOf(['["a",', ' "b"]'])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(itemsOf(['```json\n{"transl', 'ations": ["x"]}\n```'])).toEqual([[0, 'x']]);
  });

  it('stays quiet on prose or broken JSON, and ignores strings that are not items', () => {
    expect(itemsOf(['Here is the translation: hello'])).toEqual([]);
    expect(itemsOf(['{"translations": ["a", }}}', '"b"]'])).toEqual([[0, 'a']]);
    expect(itemsOf(['{"source": "ur", "translations": ["a"]}'])).toEqual([[0, 'a']]);
  });

  it('reads deltas, keeps the whole content, and refuses a reply cut at the length limit', () => {
    const seen: string[] = [];
    const reply = createStreamedReply('openai', (_, text) => seen.push(text));
    const chunk = (content: string, finish: string | null = null) =>
      JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: finish }] });
    reply.onData(chunk('{"translations": ["a'));
    reply.onData(chunk('", "b"]}'));
    reply.onData(JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }));
    reply.onData('[DONE]');
    expect(seen).toEqual(['a', 'b']);
    expect(reply.content()).toBe('{"translations": ["a", "b"]}');

    const cut = createStreamedReply('openai');
    cut.onData(chunk('{"translations": ["a"', 'length'));
    expect(() => cut.content()).toThrow(/cut off at the length limit/);
  });

  it('turns an error event into an error that says what the server said', () => {
    const reply = createStreamedReply('openai');
    expect(() => reply.onData('{"error": {"message": "model crashed"}}')).toThrow(
      expect.objectContaining({ kind: 'server', data: { detail: 'model crashed' } }),
    );
    expect(() => reply.onData('not json')).toThrow(expect.objectContaining({ kind: 'bad-response' }));
  });
});

describe('the OpenAI-compatible provider streams', () => {
  it('asks for a stream and tells each segment before the answer is complete', async () => {
    server = await startOpenAiServer();
    server.holdStreams(4); // the first item is in, the rest is still being written
    const provider = createOpenAiProvider({ url: server.url, model: 'llama3.1' });
    const partials: [number, string][] = [];
    let settled = false;
    const answer = provider
      .translate({ texts: TEXTS, from: 'ur', to: 'en', signal: signal(), onPartial: (i, t) => partials.push([i, t]) })
      .finally(() => (settled = true));
    await expect.poll(() => partials.length).toBe(1);
    expect(partials[0]).toEqual([0, `[en] ${TEXTS[0]}`]);
    expect(settled).toBe(false);
    server.releaseStreams();
    expect(await answer).toEqual(TEXTS.map((t) => `[en] ${t}`));
    expect(partials.map(([i]) => i)).toEqual([0, 1, 2]);
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ stream: true });
  });

  it('reads a server that answers in one piece though asked to stream', async () => {
    server = await startOpenAiServer({ noStreaming: true });
    const provider = createOpenAiProvider({ url: server.url, model: 'm' });
    expect(await provider.translate({ texts: TEXTS, from: 'ur', to: 'en', signal: signal() })).toEqual(
      TEXTS.map((t) => `[en] ${t}`),
    );
  });

  it('says the answer broke off when the stream is cut, after telling what came', async () => {
    server = await startOpenAiServer({ faults: ['cut'] });
    const provider = createOpenAiProvider({ url: server.url, model: 'm' });
    const partials: number[] = [];
    const error = await catchError(
      provider.translate({ texts: TEXTS, from: 'ur', to: 'en', signal: signal(), onPartial: (i) => partials.push(i) }),
    );
    expect(error).toMatchObject({ kind: 'network', reason: 'cut-off' });
    expect(error.data.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(partials).toEqual([0, 1]); // the server cuts after the second of three items
  });

  it('a streamed answer with a missing item is refused at the end', async () => {
    server = await startOpenAiServer({ faults: ['wrong-count'] });
    const provider = createOpenAiProvider({ url: server.url, model: 'm' });
    const error = await catchError(provider.translate({ texts: TEXTS, from: 'ur', to: 'en', signal: signal() }));
    expect(error.kind).toBe('bad-response');
  });
});

describe('requestEventStream', () => {
  it('reports each piece as progress, so the router times silence, not the whole answer', async () => {
    server = await startOpenAiServer();
    server.holdStreams(4);
    const openai = createOpenAiProvider({ url: server.url, model: 'm' });
    const provider = { ...openai, limits: { ...openai.limits, timeoutMs: 300 } };
    const partials: number[] = [];
    const error = await catchError(
      sendWithRetries(
        provider,
        TEXTS,
        { from: 'ur', to: 'en', signal: signal(), onRequest: () => undefined, maxAttempts: 1 },
        (i) => partials.push(i),
      ),
    );
    expect(partials).toEqual([0]);
    expect(error).toMatchObject({ kind: 'timeout', reason: 'cut-off', provider: 'openai' });
  });

  it('takes the key out of an error the stream itself reports', async () => {
    const key = 'sk-secret-7f3a9c21';
    const sse = `data: {"error": {"message": "invalid key ${key}"}}\n\n`;
    const client = {
      provider: 'openai' as const,
      secrets: [key],
      fetch: (() =>
        Promise.resolve(new Response(sse, { headers: { 'Content-Type': 'text/event-stream' } }))) as typeof fetch,
    };
    const request = { url: 'http://127.0.0.1:9/v1/chat/completions', method: 'POST' as const, signal: signal() };
    const error = await catchError(requestEventStream(client, request, createStreamedReply('openai').onData));
    expect(error.kind).toBe('server');
    expect(error.data.detail).toContain('invalid key');
    expect(JSON.stringify({ ...error.data, message: error.message })).not.toContain(key);
  });

  it('passes a non-2xx answer through the usual status errors', async () => {
    server = await startOpenAiServer({ faults: [{ type: 'rate-limit', retryAfter: '3' }] });
    const client = { provider: 'openai' as const, fetch: globalThis.fetch };
    const request = { url: `${server.url}/v1/chat/completions`, method: 'POST' as const, body: '{}', signal: signal() };
    const error = await catchError(requestEventStream(client, request, () => undefined));
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3_000 });
  });
});
