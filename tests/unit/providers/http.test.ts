import { afterEach, describe, expect, it } from 'vitest';
import { postJson, requestText, type HttpClient } from '../../../src/translate/providers/http';
import { errorForStatus } from '../../../src/translate/providers/http-errors';
import { parseRetryAfter } from '../../../src/translate/providers/retry-after';
import type { FakeServer } from '../../servers/fake-server';
import { startLibreTranslateServer } from '../../servers/libretranslate-server';
import { catchError } from './helpers';

let server: FakeServer | undefined;
afterEach(() => server?.close());

const client = (timeoutMs = 5_000): HttpClient => ({ label: 'Test Engine', fetch, timeoutMs, secrets: ['key-1234'] });
const signal = () => new AbortController().signal;

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
  ])('%i → %s', (status, kind) => {
    expect(errorForStatus('X', { status, body: '' }).kind).toBe(kind);
  });

  it('quotes the server’s reason and spots unsupported languages', () => {
    const error = errorForStatus('X', {
      status: 400,
      body: '{"error":{"message":"Target language xx not supported"}}',
    });
    expect(error).toMatchObject({
      kind: 'unsupported',
      message: 'X cannot translate this language pair: Target language xx not supported.',
    });
  });
});

describe('requestText', () => {
  it('times out a request that never answers', async () => {
    server = await startLibreTranslateServer({ faults: ['hang'] });
    const started = performance.now();
    const error = await catchError(postJson(client(200), `${server.url}/translate`, {}, { signal: signal() }));
    expect(error).toMatchObject({ kind: 'timeout', message: 'Test Engine did not answer within 0.2 s.' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('says aborted when the caller cancels, even before sending', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await catchError(requestText(client(), { url: 'http://127.0.0.1:9/', signal: controller.signal }));
    expect(error.kind).toBe('aborted');
  });

  it('says network when nothing listens, without the key', async () => {
    const error = await catchError(requestText(client(), { url: 'http://127.0.0.1:9/?k=key-1234', signal: signal() }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^Test Engine could not be reached at 127\.0\.0\.1:9/);
    expect(error.message).not.toContain('key-1234');
  });

  it('keeps keys echoed by a server out of the message', async () => {
    server = await startLibreTranslateServer({ apiKey: 'other' });
    const error = await catchError(
      requestText(
        {
          ...client(),
          classify: ({ body }) =>
            errorForStatus('Test Engine', { status: 400, body: body.replace('Invalid', 'key-1234') }),
        },
        {
          url: `${server.url}/translate`,
          method: 'POST',
          body: '{"q":"a","source":"ur","target":"en"}',
          signal: signal(),
        },
      ),
    );
    expect(error.message).toContain('•••');
    expect(error.message).not.toContain('key-1234');
  });
});
