import { afterEach, describe, expect, it } from 'vitest';
import { createMicrosoftProvider } from '../../../src/translate/providers/microsoft';
import { startMicrosoftServer, type MicrosoftServer } from '../../servers/microsoft-server';
import { catchError } from './helpers';

let server: MicrosoftServer;
afterEach(() => server.close());

const signal = () => new AbortController().signal;
const translations = (server: MicrosoftServer) => server.requests.filter((r) => r.path === '/translate');

function keyless(server: MicrosoftServer) {
  return createMicrosoftProvider({ authUrl: `${server.url}/translate/auth`, apiUrl: server.url });
}

describe('Microsoft provider, keyless', () => {
  it('fetches a token once, sends it as Bearer and reads the translations', async () => {
    server = await startMicrosoftServer();
    const provider = keyless(server);
    const texts = ['ایک', 'دو'];
    expect(await provider.translate({ texts, from: 'ur', to: 'en', signal: signal() })).toEqual([
      '[en] ایک',
      '[en] دو',
    ]);
    expect(await provider.translate({ texts, from: 'auto', to: 'zh', signal: signal() })).toEqual([
      '[zh-Hans] ایک',
      '[zh-Hans] دو',
    ]);
    expect(server.tokensIssued).toBe(1);
    const [first, second] = translations(server);
    expect(first?.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Object.fromEntries(first!.query)).toEqual({ 'api-version': '3.0', from: 'ur', to: 'en' });
    expect(JSON.parse(first!.body)).toEqual([{ Text: 'ایک' }, { Text: 'دو' }]);
    expect(second?.query.has('from')).toBe(false);
  });

  it('shares one token fetch between concurrent requests', async () => {
    server = await startMicrosoftServer();
    const provider = keyless(server);
    await Promise.all(
      [1, 2, 3].map((n) => provider.translate({ texts: [`t${n}`], from: 'ur', to: 'en', signal: signal() })),
    );
    expect(server.tokensIssued).toBe(1);
  });

  it('refreshes an expired token once and retries', async () => {
    server = await startMicrosoftServer();
    const provider = keyless(server);
    await provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() });
    server.expireTokens();
    expect(await provider.translate({ texts: ['b'], from: 'ur', to: 'en', signal: signal() })).toEqual(['[en] b']);
    expect(server.tokensIssued).toBe(2);
    expect(translations(server)).toHaveLength(3);
  });

  it('refreshes after a scripted 401 but gives up after the second', async () => {
    server = await startMicrosoftServer({ faults: ['expired-token', 'expired-token'] });
    const provider = keyless(server);
    const error = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error.message).toMatch(/^Microsoft Translator: /);
    expect(server.tokensIssued).toBe(2);
    expect(translations(server)).toHaveLength(2);
  });

  it('treats a 403 the same way: one fresh token, one retry', async () => {
    server = await startMicrosoftServer({ faults: ['forbidden'] });
    const provider = keyless(server);
    expect(await provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() })).toEqual(['[en] a']);
    expect(server.tokensIssued).toBe(2);
  });

  it('fetches a new token when the cached one is past its exp claim', async () => {
    server = await startMicrosoftServer({ tokenTtlSec: 30 }); // inside the refresh margin: never reused
    const provider = keyless(server);
    await provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() });
    await provider.translate({ texts: ['b'], from: 'ur', to: 'en', signal: signal() });
    expect(server.tokensIssued).toBe(2);
  });

  it.each([
    [{ type: 'rate-limit', retryAfter: '1' } as const, 'rate-limit'],
    ['server-error' as const, 'server'],
    ['malformed' as const, 'bad-response'],
    ['wrong-count' as const, 'bad-response'],
    ['reset' as const, 'network'],
  ])('maps %o to %s without retrying', async (fault, kind) => {
    server = await startMicrosoftServer({ faults: [fault] });
    const error = await catchError(
      keyless(server).translate({ texts: ['a', 'b'], from: 'ur', to: 'en', signal: signal() }),
    );
    expect(error.kind).toBe(kind);
    expect(translations(server)).toHaveLength(1);
  });
});

describe('Microsoft provider with a key', () => {
  const apiKey = 'secret-subscription-key-123';

  it('sends the key and region headers, no token', async () => {
    server = await startMicrosoftServer({ apiKey });
    const provider = createMicrosoftProvider({ apiKey, region: 'westeurope', apiUrl: server.url });
    expect(await provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() })).toEqual(['[en] a']);
    expect(server.tokensIssued).toBe(0);
    expect(server.requests[0]?.headers['ocp-apim-subscription-key']).toBe(apiKey);
    expect(server.requests[0]?.headers['ocp-apim-subscription-region']).toBe('westeurope');
    expect(createMicrosoftProvider({ apiKey }).destination()).toBe('api.cognitive.microsofttranslator.com');
  });

  it('reports a refused key without leaking it, and a used-up quota', async () => {
    server = await startMicrosoftServer({ apiKey: 'another-key' });
    const provider = createMicrosoftProvider({ apiKey, apiUrl: server.url });
    const refused = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(refused.kind).toBe('auth');
    expect(refused.message).toContain('the key was refused');
    expect(refused.message).not.toContain(apiKey);
    expect(server.tokensIssued).toBe(0);
    server.fail('quota');
    const quota = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(quota.kind).toBe('quota');
  });
});
