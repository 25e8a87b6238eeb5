import { afterEach, describe, expect, it } from 'vitest';
import { timeoutReason } from '../../../src/translate/errors';
import { postJson, requestJson, type HttpClient } from '../../../src/translate/providers/http';
import { errorForStatus } from '../../../src/translate/providers/http-errors';
import { parseRetryAfter } from '../../../src/translate/providers/retry-after';
import { startFakeServer, type FakeServer } from '../../servers/fake-server';
import { startLibreTranslateServer } from '../../servers/libretranslate-server';
import { catchError } from './helpers';

let server: FakeServer | undefined;
afterEach(() => server?.close());

const client = (extra: Partial<HttpClient> = {}): HttpClient => ({
  provider: 'libretranslate',
  fetch,
  secrets: ['key-1234'],
  ...extra,
});
const signal = () => new AbortController().signal;
const failure = (status: number, body = '') => ({ status, body, contentType: 'application/json' });

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('errorForStatus', () => {
  it.each([
    [429, 'rate-limit'],
    [401, 'auth'],
    [456, 'quota'],
    [500, 'server'],
    [503, 'server'],
    [504, 'timeout'],
    [413, 'refused'],
    [404, 'refused'],
    [410, 'refused'],
  ])('%i → %s', (status, kind) => {
    expect(errorForStatus('deepl', failure(status)).kind).toBe(kind);
  });

  it('a free endpoint answering 404 or 410 has changed, and that is not worth retrying', () => {
    for (const status of [404, 410]) {
      const error = errorForStatus('google', failure(status), { keyless: true });
      expect(error.kind).toBe('service-changed');
      expect(error.retryable).toBe(false);
    }
  });

  it('keeps the server’s reason as data and spots unsupported languages', () => {
    const error = errorForStatus('deepl', failure(400, '{"error":{"message":"Target language xx not supported"}}'));
    expect(error).toMatchObject({ kind: 'unsupported', data: { detail: 'Target language xx not supported' } });
  });
});

describe('requests', () => {
  it('time nothing themselves: an abort with a TimeoutError reason is a timeout', async () => {
    server = await startLibreTranslateServer({ faults: ['hang'] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(timeoutReason()), 100);
    const error = await catchError(postJson(client(), `${server.url}/translate`, {}, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'timeout', provider: 'libretranslate' });
  });

  it('say aborted when the caller cancels, even before sending', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await catchError(requestJson(client(), { url: 'http://127.0.0.1:9/', signal: controller.signal }));
    expect(error.kind).toBe('aborted');
  });

  it('say network when nothing listens, with the host and without the key', async () => {
    const error = await catchError(requestJson(client(), { url: 'http://127.0.0.1:9/?k=key-1234', signal: signal() }));
    expect(error).toMatchObject({ kind: 'network', data: { host: '127.0.0.1:9' } });
    expect(String((error.data.cause as Error).message)).not.toContain('key-1234');
    expect(error.message).not.toContain('key-1234');
  });

  it('keep keys echoed by a server out of the error', async () => {
    server = await startLibreTranslateServer({ apiKey: 'other' });
    const error = await catchError(
      requestJson(
        client({
          classify: ({ body }) => errorForStatus('libretranslate', failure(400, body.replace('Invalid', 'key-1234'))),
        }),
        {
          url: `${server.url}/translate`,
          method: 'POST',
          body: '{"q":"a","source":"ur","target":"en"}',
          signal: signal(),
        },
      ),
    );
    expect(error.data.detail).toContain('•••');
    expect(JSON.stringify({ ...error.data, message: error.message })).not.toContain('key-1234');
  });

  it('read a web page where JSON was expected as a changed free service, or a wrong address', async () => {
    server = await startFakeServer({
      isTranslation: () => true,
      respond: () => ({ status: 200, body: '<!doctype html><p>Sign in', headers: { 'Content-Type': 'text/html' } }),
    });
    const keyless = await catchError(requestJson(client({ keyless: true }), { url: server.url, signal: signal() }));
    expect(keyless).toMatchObject({ kind: 'service-changed', reason: 'web-page' });
    const configured = await catchError(requestJson(client(), { url: server.url, signal: signal() }));
    expect(configured).toMatchObject({ kind: 'bad-response', reason: 'web-page' });
  });
});
