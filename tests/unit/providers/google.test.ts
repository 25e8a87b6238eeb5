import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/translate/errors';
import { createGoogleProvider } from '../../../src/translate/providers/google';
import type { FakeServer } from '../../servers/fake-server';
import { startGoogleServer } from '../../servers/google-server';
import { catchError } from './helpers';

let server: FakeServer;
afterEach(() => server.close());

const signal = () => new AbortController().signal;

describe('Google provider', () => {
  it('sends one form POST with repeated q and reads the answers in order', async () => {
    server = await startGoogleServer();
    const provider = createGoogleProvider({ baseUrl: server.url });
    const texts = ['پہلا پیراگراف', 'دوسرا & تیسرا = ?', 'آخری'];
    expect(await provider.translate({ texts, from: 'ur', to: 'en', signal: signal() })).toEqual(
      texts.map((t) => `[en] ${t}`),
    );
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req?.path).toBe('/translate_a/t');
    expect(Object.fromEntries(req!.query)).toEqual({ client: 'gtx', sl: 'ur', tl: 'en' });
    expect(new URLSearchParams(req!.body).getAll('q')).toEqual(texts);
    expect(req?.headers['content-type']).toMatch(/x-www-form-urlencoded/);
  });

  it('reads ["text","lang"] entries for auto and a lone unwrapped answer', async () => {
    server = await startGoogleServer();
    const provider = createGoogleProvider({ baseUrl: server.url });
    expect(await provider.translate({ texts: ['a', 'b'], from: 'auto', to: 'en', signal: signal() })).toEqual([
      '[en] a',
      '[en] b',
    ]);
    expect(await provider.translate({ texts: ['a'], from: 'auto', to: 'en', signal: signal() })).toEqual(['[en] a']);
    expect(await provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() })).toEqual(['[en] a']);
  });

  it('maps Chinese codes to Google’s', async () => {
    server = await startGoogleServer();
    await createGoogleProvider({ baseUrl: server.url }).translate({
      texts: ['x'],
      from: 'en',
      to: 'zh-Hant',
      signal: signal(),
    });
    expect(server.requests[0]?.query.get('tl')).toBe('zh-TW');
  });

  it('accepts limits.maxItems texts in one request', async () => {
    server = await startGoogleServer();
    const provider = createGoogleProvider({ baseUrl: server.url });
    const texts = Array.from({ length: provider.limits.maxItems }, (_, i) => `t${i}`);
    expect(await provider.translate({ texts, from: 'en', to: 'ur', signal: signal() })).toHaveLength(texts.length);
  });

  it('turns 429 into a rate-limit error with Retry-After', async () => {
    server = await startGoogleServer({ faults: [{ type: 'rate-limit', retryAfter: '3' }, 'rate-limit'] });
    const provider = createGoogleProvider({ baseUrl: server.url });
    const first = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(first).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3000, status: 429 });
    expect(first).toMatchObject({ kind: 'rate-limit', retryAfterMs: 3_000 });
    const second = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(second).toMatchObject({ kind: 'rate-limit', retryAfterMs: undefined });
  });

  it.each([
    [{ type: 'server-error', status: 503 } as const, 'server'],
    ['malformed' as const, 'bad-response'],
    ['wrong-count' as const, 'bad-response'],
    ['reset' as const, 'network'],
    ['forbidden' as const, 'rate-limit'],
  ])('maps %o to %s', async (fault, kind) => {
    server = await startGoogleServer({ faults: [fault] });
    const provider = createGoogleProvider({ baseUrl: server.url });
    const error = await catchError(provider.translate({ texts: ['a', 'b'], from: 'ur', to: 'en', signal: signal() }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.kind).toBe(kind);
    expect(error.provider).toBe('google');
  });
});
