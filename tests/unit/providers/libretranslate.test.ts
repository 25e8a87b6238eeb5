import { afterEach, describe, expect, it } from 'vitest';
import { createLibreTranslateProvider } from '../../../src/translate/providers/libretranslate';
import { dictionaryTranslate } from '../../servers/faults';
import type { FakeServer } from '../../servers/fake-server';
import { startLibreTranslateServer } from '../../servers/libretranslate-server';
import { catchError } from './helpers';

let server: FakeServer;
afterEach(() => server.close());

const signal = () => new AbortController().signal;

describe('LibreTranslate provider', () => {
  it('sends q as a list and reads translatedText, through a dictionary', async () => {
    server = await startLibreTranslateServer({ translate: dictionaryTranslate({ سلام: 'Hello' }) });
    const provider = createLibreTranslateProvider({ url: `${server.url}/` });
    expect(await provider.translate({ texts: ['سلام', 'نامعلوم'], from: 'ur', to: 'en', signal: signal() })).toEqual([
      'Hello',
      '[en] نامعلوم',
    ]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      q: ['سلام', 'نامعلوم'],
      source: 'ur',
      target: 'en',
      format: 'text',
    });
  });

  it('sends the api_key and keeps it out of errors', async () => {
    const apiKey = 'lt-secret-key-9876';
    server = await startLibreTranslateServer({ apiKey });
    const ok = createLibreTranslateProvider({ url: server.url, apiKey });
    expect(await ok.translate({ texts: ['a'], from: 'auto', to: 'en', signal: signal() })).toEqual(['[en] a']);
    expect(JSON.parse(server.requests[0]!.body).api_key).toBe(apiKey);
    const wrong = createLibreTranslateProvider({ url: server.url, apiKey: 'lt-wrong-key-0000' });
    const error = await catchError(wrong.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error).toMatchObject({ kind: 'auth', status: 403, reason: 'key-refused', provider: 'libretranslate' });
    expect(error.data.detail).toBe('Invalid API key');
    expect(JSON.stringify({ ...error.data, message: error.message })).not.toContain('lt-wrong-key-0000');
  });

  it('calls an unknown language pair unsupported, with the server’s reason', async () => {
    server = await startLibreTranslateServer({ languages: ['en', 'fr'] });
    const provider = createLibreTranslateProvider({ url: server.url });
    const error = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error.kind).toBe('unsupported');
    expect(error.data.detail).toBe('ur is not supported');
  });

  it.each([
    [{ type: 'rate-limit', retryAfter: '2' } as const, 'rate-limit'],
    [{ type: 'server-error', status: 502 } as const, 'server'],
    ['forbidden' as const, 'auth'],
    ['malformed' as const, 'bad-response'],
    ['wrong-count' as const, 'bad-response'],
    ['reset' as const, 'network'],
  ])('maps %o to %s', async (fault, kind) => {
    server = await startLibreTranslateServer({ faults: [fault] });
    const provider = createLibreTranslateProvider({ url: server.url });
    const error = await catchError(provider.translate({ texts: ['a', 'b'], from: 'ur', to: 'en', signal: signal() }));
    expect(error.kind).toBe(kind);
    expect(error.provider).toBe('libretranslate');
  });

  it('stops waiting when the caller aborts a hung request', async () => {
    server = await startLibreTranslateServer({ faults: ['hang'] });
    const provider = createLibreTranslateProvider({ url: server.url });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await catchError(
      provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: controller.signal }),
    );
    expect(error.kind).toBe('aborted');
  });

  it('answers through CORS preflight for extension pages', async () => {
    server = await startLibreTranslateServer();
    const res = await fetch(`${server.url}/translate`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(server.preflights).toBe(1);
  });

  it('adds the configured latency', async () => {
    server = await startLibreTranslateServer({ latencyMs: 120 });
    const started = performance.now();
    await createLibreTranslateProvider({ url: server.url }).translate({
      texts: ['a'],
      from: 'ur',
      to: 'en',
      signal: signal(),
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});
