import { afterEach, describe, expect, it } from 'vitest';
import { createMicrosoftProvider, microsoft } from '../../../src/translate/providers/microsoft';
import type { FakeServer } from '../../servers/fake-server';
import { startFakeServer } from '../../servers/fake-server';
import { startMicrosoftServer } from '../../servers/microsoft-server';
import { catchError } from './helpers';

let server: FakeServer;
afterEach(() => server.close());

const signal = () => new AbortController().signal;
const keyless = (s: FakeServer) => createMicrosoftProvider({ url: s.url });

describe('Microsoft provider, keyless (Edge translatetext)', () => {
  it('posts a JSON array of strings without any token and reads the v3 answer', async () => {
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
    const [first, second] = server.requests;
    expect(first?.path).toBe('/translate/translatetext');
    expect(first?.method).toBe('POST');
    expect(first?.headers.authorization).toBeUndefined();
    expect(first?.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.fromEntries(first!.query)).toEqual({ from: 'ur', to: 'en', isEnterpriseClient: 'false' });
    expect(JSON.parse(first!.body)).toEqual(['ایک', 'دو']);
    // Auto-detection is an empty `from`.
    expect(second?.query.get('from')).toBe('');
    // Nothing asked the retired token endpoint.
    expect(server.requests.some((r) => r.path === '/translate/auth')).toBe(false);
  });

  it('keeps to conservative limits on the unpublished endpoint', () => {
    const { limits } = createMicrosoftProvider();
    expect(limits.maxItems).toBeLessThanOrEqual(25);
    expect(limits.maxChars).toBeLessThanOrEqual(5_000);
    expect(createMicrosoftProvider({ apiKey: 'k' }).limits.maxItems).toBe(1_000);
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
    expect(error.provider).toBe('microsoft');
    expect(server.requests).toHaveLength(1);
  });

  it('reads the rate limit’s wait from Retry-After', async () => {
    server = await startMicrosoftServer({ faults: [{ type: 'rate-limit', retryAfter: '20' }] });
    const error = await catchError(keyless(server).translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 20_000, status: 429 });
  });

  it.each([
    ['404 with a page', 404, '<!doctype html><title>Not found</title>', 'text/html'],
    ['410 Gone', 410, '', 'text/plain'],
    ['a web page with 200', 200, '<!DOCTYPE html><html><body>Welcome</body></html>', 'text/html'],
    ['credentials now required', 401, '{"error":{"code":401000}}', 'application/json'],
  ])('an endpoint that answers %s has changed: service-changed', async (_, status, body, type) => {
    server = await startFakeServer({
      isTranslation: () => true,
      respond: () => ({ status, body, headers: { 'Content-Type': type } }),
    });
    const error = await catchError(keyless(server).translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error.kind).toBe('service-changed');
    expect(error.retryable).toBe(false);
  });

  it('the old token endpoint is gone on the protocol server, as on the real one', async () => {
    server = await startMicrosoftServer();
    const response = await fetch(`${server.url}/translate/auth`);
    expect(response.status).toBe(404);
  });
});

describe('Microsoft provider with a key (Translator v3)', () => {
  const apiKey = 'secret-subscription-key-123';

  it('sends the key and region headers to the v3 API', async () => {
    server = await startMicrosoftServer({ apiKey });
    const provider = createMicrosoftProvider({ apiKey, region: 'westeurope', url: server.url });
    expect(await provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() })).toEqual(['[en] a']);
    const [request] = server.requests;
    expect(request?.path).toBe('/translate');
    expect(Object.fromEntries(request!.query)).toEqual({ 'api-version': '3.0', from: 'ur', to: 'en' });
    expect(JSON.parse(request!.body)).toEqual([{ Text: 'a' }]);
    expect(request?.headers['ocp-apim-subscription-key']).toBe(apiKey);
    expect(request?.headers['ocp-apim-subscription-region']).toBe('westeurope');
  });

  it('reports a refused key without leaking it, and a used-up quota', async () => {
    server = await startMicrosoftServer({ apiKey: 'another-key' });
    const provider = createMicrosoftProvider({ apiKey, url: server.url });
    const refused = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(refused).toMatchObject({ kind: 'auth', reason: 'key-refused' });
    expect(JSON.stringify({ ...refused.data, message: refused.message })).not.toContain(apiKey);
    server.fail('quota');
    const quota = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(quota.kind).toBe('quota');
  });

  it('a keyed 404 is a wrong address, not a changed free service', async () => {
    server = await startMicrosoftServer({ apiKey });
    const provider = createMicrosoftProvider({ apiKey, url: `${server.url}/nothing-here` });
    const error = await catchError(provider.translate({ texts: ['a'], from: 'ur', to: 'en', signal: signal() }));
    expect(error).toMatchObject({ kind: 'refused', reason: 'not-found' });
  });
});

describe('Microsoft descriptor', () => {
  it('asks for the origin its settings send text to: the override, or the vendor’s host', () => {
    expect(microsoft.origins(undefined)).toEqual(['https://edge.microsoft.com/*']);
    expect(microsoft.origins({ apiKey: 'k' })).toEqual(['https://api.cognitive.microsofttranslator.com/*']);
    expect(microsoft.origins({ url: 'http://127.0.0.1:4000' })).toEqual(['http://127.0.0.1/*']);
  });
});
