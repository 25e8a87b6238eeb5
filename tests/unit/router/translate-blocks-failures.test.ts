import { describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import { ProviderError, type ProviderErrorKind } from '../../../src/translate/errors';
import type { BlockEvent, RouterInput, WaitNotice } from '../../../src/translate/router/router-types';
import { translateBlocks } from '../../../src/translate/router/translate-blocks';
import { createChangedServices } from '../../../src/translate/router/changed-services';
import { fakeProvider, tag } from './fake-provider';

const blocks = Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, text: `جملہ نمبر ${i} `.repeat(20).trim() }));
const fail = (kind: ProviderErrorKind, retryAfterMs?: number) =>
  new ProviderError('google', kind, retryAfterMs === undefined ? {} : { retryAfterMs });

function setup(overrides: Partial<RouterInput> & Pick<RouterInput, 'provider'>) {
  const events: BlockEvent[] = [];
  const sleeps: number[] = [];
  const waits: WaitNotice[] = [];
  const done = translateBlocks({
    blocks,
    from: 'ur',
    to: 'en',
    signal: new AbortController().signal,
    onBlock: (event) => events.push(event),
    onWait: (notice) => waits.push(notice),
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
  return { events, sleeps, waits, done };
}

const states = (events: BlockEvent[]) => events.map((e) => (e.state === 'done' ? e.provider : e.error.kind));

describe('translateBlocks: retries', () => {
  it('waits the Retry-After of a 429 and tells the page why', async () => {
    const provider = fakeProvider({
      id: 'google',
      limits: { concurrency: 1 },
      handler: (req, call) =>
        call === 1 ? Promise.reject(fail('rate-limit', 20_000)) : req.texts.map((t) => tag('g', t)),
    });
    const { done, sleeps, waits, events } = setup({ provider });
    const summary = await done;
    expect(sleeps[0]).toBeGreaterThanOrEqual(20_000);
    expect(sleeps[0]).toBeLessThan(20_300);
    expect(waits[0]).toEqual({ provider: 'google', ms: sleeps[0], reason: 'rate-limit' });
    expect(summary).toMatchObject({ translated: 6, failed: 0 });
    expect(events).toHaveLength(6);
  });

  it('backs off exponentially on 5xx and succeeds on the third attempt', async () => {
    const provider = fakeProvider({
      limits: { concurrency: 1, maxItems: 50 },
      handler: (req, call) => (call < 3 ? Promise.reject(fail('server')) : req.texts.map((t) => tag('x', t))),
    });
    const { done, sleeps } = setup({ provider, blocks: blocks.slice(0, 1) });
    const summary = await done;
    expect(summary).toMatchObject({ translated: 1, requests: 3 });
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBe(2 * sleeps[0]!);
  });

  it('gives up after 3 attempts: that batch errors, the other batch still arrives', async () => {
    const provider = fakeProvider({
      handler: (req) =>
        req.texts.includes(blocks[0]!.text) ? Promise.reject(fail('server')) : req.texts.map((t) => t),
    });
    const { done, events } = setup({ provider });
    const summary = await done;
    expect(summary.batches).toBe(2);
    expect(summary.requests).toBe(4);
    const failed = events.filter((e) => e.state === 'error');
    expect(failed.length).toBe(summary.failed);
    expect(failed.length).toBeGreaterThan(0);
    expect(summary.translated).toBe(6 - failed.length);
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    const provider = fakeProvider({ handler: () => Promise.reject(fail('rate-limit', 3_600_000)) });
    const { done, sleeps, events } = setup({ provider, blocks: blocks.slice(0, 1) });
    await done;
    expect(sleeps).toEqual([]);
    expect(states(events)).toEqual(['rate-limit']);
  });

  it('turns a request that never answers into a timeout, tried once more', async () => {
    const provider = fakeProvider({ limits: { timeoutMs: 20 }, handler: () => new Promise<string[]>(() => undefined) });
    const { done, events } = setup({ provider, blocks: blocks.slice(0, 1) });
    const summary = await done;
    expect(states(events)).toEqual(['timeout']);
    expect(summary.requests).toBe(2); // one retry after a timeout: the reader has already waited once
  });
});

describe('translateBlocks: fallback', () => {
  it('hands a batch that keeps failing to the fallback', async () => {
    const provider = fakeProvider({ id: 'google', handler: () => Promise.reject(fail('server')) });
    const fallback = fakeProvider({ id: 'microsoft' });
    const { done, events } = setup({ provider, fallback });
    const summary = await done;
    expect(states(events)).toEqual(Array(6).fill('microsoft'));
    expect(summary).toMatchObject({ translated: 6, failed: 0, requests: 2 * 3 + 2 });
  });

  it('skips the main provider for all batches once it refuses for good (auth)', async () => {
    const provider = fakeProvider({
      id: 'google',
      limits: { concurrency: 1 },
      handler: () => Promise.reject(fail('auth')),
    });
    const fallback = fakeProvider({ id: 'microsoft' });
    const { done, events, sleeps } = setup({
      provider,
      fallback,
      blocks: [...blocks, ...blocks.map((b) => ({ ...b, id: `${b.id}x` }))],
    });
    await done;
    expect(provider.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(states(events)).toEqual(Array(12).fill('microsoft'));
  });

  it('reports the main provider’s error when the fallback fails too', async () => {
    const provider = fakeProvider({ id: 'google', handler: () => Promise.reject(fail('quota')) });
    const fallback = fakeProvider({ id: 'microsoft', handler: () => Promise.reject(fail('network')) });
    const { done, events } = setup({ provider, fallback, blocks: blocks.slice(0, 2) });
    await done;
    expect(states(events)).toEqual(['quota', 'quota']);
  });
});

describe('translateBlocks: wrong count', () => {
  it('retries each block of a batch answered with the wrong count alone, once', async () => {
    const provider = fakeProvider({
      limits: { concurrency: 1 },
      handler: (req) => (req.texts.length > 1 ? req.texts.slice(1) : req.texts.map((t) => tag('one', t))),
    });
    const cache = createMemoryCache({ maxEntries: 100 });
    const { done, events } = setup({ provider, blocks: blocks.slice(0, 3), cache });
    const summary = await done;
    expect(summary).toMatchObject({ translated: 3, failed: 0, requests: 1 + 3 });
    expect(provider.calls.slice(1)).toEqual(blocks.slice(0, 3).map((b) => [b.text]));
    expect(events.map((e) => e.state === 'done' && e.text)).toEqual(blocks.slice(0, 3).map((b) => tag('one', b.text)));
  });
});

describe('translateBlocks: abort', () => {
  it('stops everything, a pending retry wait included, and emits nothing more', async () => {
    const controller = new AbortController();
    const provider = fakeProvider({
      handler: (req, call) => (call === 1 ? req.texts.map((t) => t) : Promise.reject(fail('rate-limit', 20_000))),
    });
    const events: BlockEvent[] = [];
    const started = Date.now();
    const done = translateBlocks({
      blocks,
      from: 'ur',
      to: 'en',
      signal: controller.signal,
      provider,
      // The real sleep: the abort must cut the 20 s wait short.
      onBlock: (event) => events.push(event),
      onWait: () => setTimeout(() => controller.abort(), 10),
    });
    const summary = await done;
    const count = events.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(summary.aborted).toBe(true);
    expect(events.length).toBe(count);
    expect(events.every((e) => e.state === 'done')).toBe(true);
    expect(count).toBeLessThan(6);
  });

  it('emits nothing when aborted before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const provider = fakeProvider();
    const { done, events } = setup({ provider, signal: controller.signal });
    expect((await done).aborted).toBe(true);
    expect(events).toEqual([]);
    expect(provider.calls).toEqual([]);
  });
});

describe('translateBlocks: a service that changed or refuses for now', () => {
  it('a changed free service goes to the fallback at once and is remembered for the page', async () => {
    const provider = fakeProvider({ id: 'google', handler: () => Promise.reject(fail('service-changed')) });
    const fallback = fakeProvider({ id: 'microsoft' });
    const changed = createChangedServices();
    const { done, events, sleeps } = setup({ provider, fallback, changed });
    const summary = await done;
    expect(states(events)).toEqual(Array(6).fill('microsoft'));
    // The batches already in flight are the only requests it costs: none is retried.
    expect(provider.calls.length).toBeLessThanOrEqual(2);
    expect(sleeps).toEqual([]);
    expect(summary.failed).toBe(0);
    expect(changed.has('google')).toBe(true);
  });

  it('without a fallback, a changed service fails each block with that reason, once', async () => {
    const provider = fakeProvider({ id: 'google', handler: () => Promise.reject(fail('service-changed')) });
    const { done, events, sleeps } = setup({ provider });
    await done;
    expect(states(events)).toEqual(Array(6).fill('service-changed'));
    expect(provider.calls.length).toBeLessThanOrEqual(2);
    expect(sleeps).toEqual([]);
  });

  it('with a fallback ready, a rate limit is handed over instead of waited out', async () => {
    const provider = fakeProvider({ id: 'google', handler: () => Promise.reject(fail('rate-limit', 20_000)) });
    const fallback = fakeProvider({ id: 'microsoft' });
    const { done, events, sleeps, waits } = setup({ provider, fallback });
    await done;
    expect(states(events)).toEqual(Array(6).fill('microsoft'));
    expect(provider.calls.length).toBeLessThanOrEqual(2);
    expect(sleeps).toEqual([]);
    expect(waits).toEqual([]);
  });

  it('a bug of ours (a TypeError in provider code) is internal: logged once, not retried, not called a network error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const provider = fakeProvider({
      id: 'google',
      limits: { concurrency: 1, maxItems: 100 },
      handler: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'text')");
      },
    });
    const { done, events, sleeps } = setup({ provider });
    await done;
    expect(states(events)).toEqual(Array(6).fill('internal'));
    expect(sleeps).toEqual([]);
    expect(logged).toHaveBeenCalledTimes(provider.calls.length);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/^\[Tarjuma\] google failed unexpectedly/);
    logged.mockRestore();
  });
});
