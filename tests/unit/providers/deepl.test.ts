import { afterEach, describe, expect, it } from 'vitest';
import { createDeeplProvider, deeplBaseUrl } from '../../../src/translate/providers/deepl';
import { deeplSource, deeplTarget } from '../../../src/translate/providers/deepl-languages';
import type { FakeServer } from '../../servers/fake-server';
import { startDeeplServer } from '../../servers/deepl-server';
import { catchError } from './helpers';

let server: FakeServer;
afterEach(() => server?.close());

const apiKey = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx';
const signal = () => new AbortController().signal;

describe('DeepL provider', () => {
  it('picks the host from the key', () => {
    expect(deeplBaseUrl(apiKey)).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl('0f1e2d3c-pro')).toBe('https://api.deepl.com');
  });

  it('maps language codes', () => {
    expect([
      deeplTarget('en'),
      deeplTarget('pt'),
      deeplTarget('zh'),
      deeplTarget('zh-Hant'),
      deeplTarget('ur'),
    ]).toEqual(['EN-US', 'PT-BR', 'ZH', 'ZH-HANT', 'UR']);
    expect([deeplSource('auto'), deeplSource('en'), deeplSource('zh-Hant')]).toEqual([undefined, 'EN', 'ZH']);
  });

  it('sends JSON with the key header and reads the translations', async () => {
    server = await startDeeplServer({ apiKey });
    const provider = createDeeplProvider({ apiKey, baseUrl: server.url });
    const texts = ['پہلا', 'دوسرا'];
    expect(await provider.translate({ texts, from: 'ur', to: 'en', signal: signal() })).toEqual([
      '[en-us] پہلا',
      '[en-us] دوسرا',
    ]);
    const [req] = server.requests;
    expect(req?.headers.authorization).toBe(`DeepL-Auth-Key ${apiKey}`);
    expect(JSON.parse(req!.body)).toEqual({ text: texts, target_lang: 'EN-US', source_lang: 'UR' });
    await provider.translate({ texts, from: 'auto', to: 'ur', signal: signal() });
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ text: texts, target_lang: 'UR' });
  });

  it('accepts limits.maxItems texts', async () => {
    server = await startDeeplServer();
    const provider = createDeeplProvider({ apiKey, baseUrl: server.url });
    const texts = Array.from({ length: provider.limits.maxItems }, (_, i) => `t${i}`);
    expect(await provider.translate({ texts, from: 'en', to: 'ur', signal: signal() })).toHaveLength(texts.length);
  });

  it('explains 456, 403 and 429 without showing the key', async () => {
    server = await startDeeplServer({ apiKey, faults: ['quota', { type: 'rate-limit', retryAfter: '5' }] });
    const provider = createDeeplProvider({ apiKey, baseUrl: server.url });
    const quota = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(quota).toMatchObject({ kind: 'quota', status: 456, provider: 'deepl' });
    const limited = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(limited).toMatchObject({ kind: 'rate-limit', retryAfterMs: 5000 });
    const wrongKey = 'ffffffff-0000-1111-2222-333333333333:fx';
    const refused = await catchError(
      createDeeplProvider({ apiKey: wrongKey, baseUrl: server.url }).translate({
        texts: ['a'],
        from: 'ur',
        to: 'en',
        signal: signal(),
      }),
    );
    expect(refused.kind).toBe('auth');
    expect(refused).toMatchObject({ kind: 'auth', reason: 'key-refused' });
  });

  it('asks for a key before sending anything when none is set', async () => {
    server = await startDeeplServer();
    const error = await catchError(
      createDeeplProvider({ apiKey: '', baseUrl: server.url }).translate({
        texts: ['a'],
        from: 'ur',
        to: 'en',
        signal: signal(),
      }),
    );
    expect(error.kind).toBe('auth');
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['server-error' as const, 'server'],
    ['malformed' as const, 'bad-response'],
    ['wrong-count' as const, 'bad-response'],
    ['reset' as const, 'network'],
  ])('maps %s to %s', async (fault, kind) => {
    server = await startDeeplServer({ faults: [fault] });
    const provider = createDeeplProvider({ apiKey, baseUrl: server.url });
    expect(
      (await catchError(provider.translate({ texts: ['a', 'b'], from: 'ur', to: 'en', signal: signal() }))).kind,
    ).toBe(kind);
  });
});
