import { describe, expect, it, vi } from 'vitest';
import { cacheKey } from '../../../src/cache/cache-key';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import { ProviderError } from '../../../src/translate/errors';
import type { BlockEvent, RouterInput } from '../../../src/translate/router/router-types';
import { translateBlocks } from '../../../src/translate/router/translate-blocks';
import { lookUpCache } from '../../../src/translate/router/look-up-cache';
import { delay, fakeProvider, seedBlocks, tag } from './fake-provider';

const seed = seedBlocks();
const hasSeed = seed.length > 0;
const noSleep = async () => undefined;

function run(overrides: Partial<RouterInput> & Pick<RouterInput, 'provider'>) {
  const events: BlockEvent[] = [];
  const input: RouterInput = {
    blocks: seed,
    from: 'ur',
    to: 'en',
    signal: new AbortController().signal,
    onBlock: (event) => events.push(event),
    sleep: noSleep,
    random: () => 0.5,
    ...overrides,
  };
  return { events, done: translateBlocks(input), input };
}

const chars = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);

describe.skipIf(!hasSeed)('translateBlocks: batching the seed', () => {
  it('sends the 14 blocks in at most 2 requests with LibreTranslate limits, the opening blocks first and small', async () => {
    const provider = fakeProvider();
    const { events, done } = run({ provider });
    const summary = await done;
    expect(seed).toHaveLength(14);
    expect(summary).toMatchObject({ total: 14, translated: 14, failed: 0, requests: 2, batches: 2, aborted: false });
    expect(provider.calls[0]?.[0]).toBe(seed[0]?.text);
    expect(chars(provider.calls[0] ?? [])).toBeLessThan(chars(seed.map((b) => b.text)) / 3);
    expect(provider.calls.flat()).toEqual(seed.map((block) => block.text));
    expect(events.map((e) => e.state === 'done' && e.text)).toEqual(seed.map((b) => tag('libretranslate', b.text)));
  });

  it.each([
    [{ maxItems: 128, maxChars: 5_000, concurrency: 4 }, 2],
    [{ maxItems: 50, maxChars: 10_000, concurrency: 1 }, 1],
    [{ maxItems: 50, maxChars: 1_000, concurrency: 2 }, 5],
    [{ maxItems: 3, maxChars: 10_000, concurrency: 2 }, 5],
  ])('keeps within %o in %i requests', async (limits, expected) => {
    const provider = fakeProvider({ limits });
    const summary = await run({ provider }).done;
    expect(summary.requests).toBe(expected);
    expect(provider.calls.every((texts) => texts.length <= limits.maxItems && chars(texts) <= limits.maxChars)).toBe(
      true,
    );
    expect(summary.translated).toBe(14);
  });

  it('sends the short first batch and the rest in parallel, so the first block comes before the whole (latency + length)', async () => {
    // A server whose time grows with the text, like LibreTranslate on a CPU: 100 ms + 0.1 ms a character.
    const cost = (texts: string[]) => 100 + chars(texts) * 0.1;
    const provider = fakeProvider({
      handler: async (req) => (await delay(cost(req.texts), req.signal), req.texts.map((t) => t.toUpperCase())),
    });
    const oneRoundTrip = cost(seed.map((b) => b.text));
    const started = performance.now();
    const times: number[] = [];
    const summary = await run({ provider, onBlock: () => times.push(performance.now() - started) }).done;
    expect(summary.requests).toBe(2);
    // Wall-clock ratios are printed, not asserted: `npm run bench` measures them against a real server.
    console.info(
      `first block ${(times[0]! / oneRoundTrip).toFixed(2)}×, all ${(Math.max(...times) / oneRoundTrip).toFixed(2)}× one round trip`,
    );
    expect(times).toHaveLength(14);
    expect(summary.timings.firstBlockMs).toBeLessThan(summary.timings.totalMs);
  });
});

describe('translateBlocks: long blocks', () => {
  it('splits a block longer than maxChars at sentence ends and rejoins the translation', async () => {
    const sentence = 'ایران اور روس دونوں تیل پیدا کرنے والے ممالک کی تنظیم کے رکن ہیں۔';
    const long = Array.from({ length: 40 }, () => sentence).join(' ');
    const provider = fakeProvider({
      limits: { maxChars: 500 },
      handler: (req) =>
        req.texts.map((text) =>
          text
            .split('۔')
            .filter(Boolean)
            .map(() => 'They are members.')
            .join(' '),
        ),
    });
    const { events, done } = run({ provider, blocks: [{ id: 'long', text: long }] });
    await done;
    expect(provider.calls.flat().every((text) => text.length <= 500 && text.endsWith('۔'))).toBe(true);
    expect(provider.calls.flat().length).toBeGreaterThan(1);
    expect(events).toEqual([
      {
        id: 'long',
        state: 'done',
        text: Array(40).fill('They are members.').join(' '),
        fromCache: false,
        provider: 'libretranslate',
      },
    ]);
  });
});

describe('translateBlocks: cache', () => {
  const blocks = [
    { id: 'a', text: 'پہلا' },
    { id: 'b', text: 'دوسرا' },
    { id: 'c', text: 'تیسرا' },
  ];

  it('makes no request when every block is cached, and emits them all in one pass', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    for (const block of blocks)
      await cache.put(await cacheKey('libretranslate', 'ur', 'en', block.text), `EN ${block.id}`);
    const provider = fakeProvider();
    const { events, done } = run({ provider, blocks, cache });
    const summary = await done;
    expect(provider.calls).toHaveLength(0);
    expect(summary).toMatchObject({ fromCache: 3, translated: 0, requests: 0 });
    expect(events.map((e) => e.state === 'done' && [e.id, e.text, e.fromCache])).toEqual([
      ['a', 'EN a', true],
      ['b', 'EN b', true],
      ['c', 'EN c', true],
    ]);
  });

  it('emits cached blocks before any request, stores new ones, and never stores failures', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    await cache.put(await cacheKey('libretranslate', 'ur', 'en', 'تیسرا'), 'third');
    const order: string[] = [];
    const provider = fakeProvider({
      // One block a request, one request at a time: the failure of one block does not take the others with it.
      limits: { concurrency: 1, maxItems: 1 },
      handler: (req) => {
        order.push('request');
        if (req.texts.includes('دوسرا')) throw new ProviderError('libretranslate', 'quota');
        return req.texts.map((t) => `EN ${t}`);
      },
    });
    const summary = await run({ provider, blocks, cache, onBlock: (e) => order.push(e.id) }).done;
    expect(order).toEqual(['c', 'request', 'a', 'request', 'b']);
    expect(summary).toMatchObject({ fromCache: 1, translated: 1, failed: 1, requests: 2 });
    await vi.waitFor(async () => expect(await cache.count()).toBe(2));
    const keys = await Promise.all(blocks.map((b) => cacheKey('libretranslate', 'ur', 'en', b.text)));
    const stored = await cache.getMany(keys);
    expect([...stored.values()]).toEqual(['EN پہلا', 'third']);
    // Asked again, only the failed block goes to the provider.
    const again = fakeProvider();
    await run({ provider: again, blocks, cache }).done;
    expect(again.calls).toEqual([['دوسرا']]);
  });
});

describe('translateBlocks: repeated texts', () => {
  const repeated = [
    { id: 'a', text: 'اشتہار' },
    { id: 'b', text: 'پہلا' },
    { id: 'c', text: 'اشتہار' },
    { id: 'd', text: 'اشتہار' },
  ];

  it('sends a text that several blocks share once, and gives every copy the answer', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    const provider = fakeProvider({ handler: (req) => req.texts.map((t) => `EN ${t}`) });
    const { events, done } = run({ provider, blocks: repeated, cache });
    const summary = await done;
    expect(provider.calls.flat().sort()).toEqual(['اشتہار', 'پہلا'].sort());
    expect(summary).toMatchObject({ total: 4, translated: 4, failed: 0 });
    expect(events.map((e) => e.state === 'done' && [e.id, e.text]).sort()).toEqual([
      ['a', 'EN اشتہار'],
      ['b', 'EN پہلا'],
      ['c', 'EN اشتہار'],
      ['d', 'EN اشتہار'],
    ]);
    await vi.waitFor(async () => expect(await cache.count()).toBe(2));
  });

  it('fails every copy when the shared text fails', async () => {
    const provider = fakeProvider({
      limits: { concurrency: 1, maxItems: 1 },
      handler: (req) => {
        if (req.texts.includes('اشتہار')) throw new ProviderError('libretranslate', 'quota');
        return req.texts.map((t) => `EN ${t}`);
      },
    });
    // The shared text goes second: a quota error stops every request after it.
    const blocks = [repeated[1]!, repeated[0]!, repeated[2]!, repeated[3]!];
    const { events, done } = run({ provider, blocks });
    expect(await done).toMatchObject({ translated: 1, failed: 3, requests: 2 });
    expect(events.filter((e) => e.state === 'error').map((e) => e.id)).toEqual(['a', 'c', 'd']);
  });
});

describe('translateBlocks: streamed previews', () => {
  const blocks = [
    { id: 'a', text: 'پہلا' },
    { id: 'b', text: 'دوسرا' },
    { id: 'c', text: 'پہلا' },
  ];

  it('passes each streamed segment on as a preview of its block and its copies, before the checked answer', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    const log: string[] = [];
    const provider = fakeProvider({
      handler: (req) => {
        req.texts.forEach((t, i) => req.onPartial?.(i, `draft ${t}`));
        return req.texts.map((t) => `EN ${t}`);
      },
    });
    const { done } = run({
      provider,
      blocks,
      cache,
      onPreview: (id, text) => log.push(`preview ${id} ${text}`),
      onBlock: (e) => log.push(`${e.state} ${e.id} ${e.state === 'done' ? e.text : ''}`),
    });
    expect(await done).toMatchObject({ translated: 3, requests: 1 });
    expect(log).toEqual([
      'preview a draft پہلا',
      'preview c draft پہلا',
      'preview b draft دوسرا',
      'done a EN پہلا',
      'done c EN پہلا',
      'done b EN دوسرا',
    ]);
    // Only checked answers are kept.
    await vi.waitFor(async () => expect(await cache.count()).toBe(2));
    const stored = await cache.getMany([await cacheKey('libretranslate', 'ur', 'en', 'پہلا')]);
    expect([...stored.values()]).toEqual(['EN پہلا']);
  });

  it('replaces previews of a miscounted answer with the items translated one by one', async () => {
    const previews: string[] = [];
    const provider = fakeProvider({
      handler: (req) => {
        req.texts.forEach((t, i) => req.onPartial?.(i, `draft ${t}`));
        // A model that merged two items: the whole answer is refused.
        return req.texts.length > 1 ? ['merged'] : req.texts.map((t) => `EN ${t}`);
      },
    });
    const twoBlocks = blocks.slice(0, 2);
    const { events, done } = run({ provider, blocks: twoBlocks, onPreview: (id) => previews.push(id) });
    expect(await done).toMatchObject({ translated: 2, failed: 0 });
    expect(previews).toContain('a');
    expect(events.map((e) => e.state === 'done' && [e.id, e.text]).sort()).toEqual([
      ['a', 'EN پہلا'],
      ['b', 'EN دوسرا'],
    ]);
  });

  it('gives no preview of a block sent in parts, nor after an abort', async () => {
    const long = { id: 'long', text: `${'ایک جملہ۔ '.repeat(30)}`.trim() };
    const controller = new AbortController();
    const previews: string[] = [];
    const provider = fakeProvider({
      limits: { maxChars: 100 },
      handler: (req) => {
        req.texts.forEach((t, i) => req.onPartial?.(i, `draft ${t}`));
        return req.texts.map((t) => `EN ${t}`);
      },
    });
    await run({ provider, blocks: [long], onPreview: (id) => previews.push(id) }).done;
    expect(provider.calls.length).toBeGreaterThan(0);
    expect(previews).toEqual([]);

    const late = fakeProvider({
      handler: (req) => {
        controller.abort();
        req.texts.forEach((t, i) => req.onPartial?.(i, t));
        return req.texts;
      },
    });
    await run({ provider: late, blocks, signal: controller.signal, onPreview: (id) => previews.push(id) }).done;
    expect(previews).toEqual([]);
  });
});

describe('translateBlocks: the fallback’s cache', () => {
  it('finds a block the fallback translated earlier in the cache', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    await cache.put(await cacheKey('microsoft', 'ur', 'en', 'پہلا'), 'first');
    const provider = fakeProvider({ id: 'google' });
    const { events, done } = run({
      provider,
      fallback: fakeProvider({ id: 'microsoft' }),
      blocks: [{ id: 'a', text: 'پہلا' }],
      cache,
    });
    await done;
    expect(provider.calls).toEqual([]);
    expect(events).toEqual([{ id: 'a', state: 'done', text: 'first', fromCache: true, provider: 'microsoft' }]);
  });
});

describe('translateBlocks: a cache lookup started before the provider was chosen', () => {
  const blocks = [
    { id: 'a', text: 'پہلا' },
    { id: 'b', text: 'دوسرا' },
  ];
  const texts = blocks.map((b) => b.text);

  /** A memory cache that counts its lookups. */
  async function countingCache() {
    const cache = createMemoryCache({ maxEntries: 10 });
    await cache.put(await cacheKey('microsoft', 'ur', 'en', 'پہلا'), 'first');
    const lookups: string[][] = [];
    const getMany = cache.getMany.bind(cache);
    cache.getMany = (keys) => (lookups.push([...keys]), getMany(keys));
    return { cache, lookups };
  }

  it('is used when it covers the provider and fallback: no second lookup, cached blocks never requested', async () => {
    const { cache, lookups } = await countingCache();
    const lookup = lookUpCache(cache, ['chrome-builtin', 'google', 'microsoft'], 'ur', 'en', texts);
    const provider = fakeProvider({ id: 'google' });
    const { events, done } = run({ provider, fallback: fakeProvider({ id: 'microsoft' }), blocks, cache, lookup });
    const summary = await done;
    expect(lookups).toHaveLength(1);
    expect(lookups[0]).toHaveLength(6);
    expect(provider.calls).toEqual([['دوسرا']]);
    expect(summary).toMatchObject({ fromCache: 1, translated: 1 });
    expect(events.map((e) => e.id)).toEqual(['a', 'b']);
    // The new translation is stored under the key the lookup computed: the next run finds it.
    await vi.waitFor(async () => expect(await cache.count()).toBe(2));
    const again = fakeProvider({ id: 'google' });
    await run({ provider: again, fallback: fakeProvider({ id: 'microsoft' }), blocks, cache }).done;
    expect(again.calls).toEqual([]);
  });

  it('is ignored when it does not cover this run (another provider, other texts, another cache)', async () => {
    const { cache, lookups } = await countingCache();
    const other = createMemoryCache({ maxEntries: 10 });
    for (const lookup of [
      lookUpCache(cache, ['google'], 'ur', 'en', texts),
      lookUpCache(cache, ['google', 'microsoft'], 'ur', 'en', ['پہلا']),
      lookUpCache(cache, ['google', 'microsoft'], 'ur', 'fr', texts),
      lookUpCache(other, ['google', 'microsoft'], 'ur', 'en', texts),
    ]) {
      const provider = fakeProvider({ id: 'google' });
      const { events, done } = run({ provider, fallback: fakeProvider({ id: 'microsoft' }), blocks, cache, lookup });
      await done;
      // The router's own lookup found the fallback's cached block.
      expect(events[0]).toMatchObject({ id: 'a', text: 'first', fromCache: true, provider: 'microsoft' });
      expect(events.filter((e) => e.id === 'b')).toHaveLength(1);
    }
    expect(lookups.length).toBeGreaterThanOrEqual(4);
  });

  it('a lookup that fails counts as a miss', async () => {
    const { cache } = await countingCache();
    const broken = { ...cache, getMany: () => Promise.reject(new Error('disk')) };
    const lookup = lookUpCache(broken, ['google'], 'ur', 'en', texts);
    const provider = fakeProvider({ id: 'google' });
    const summary = await run({ provider, blocks, cache: broken, lookup }).done;
    expect(summary).toMatchObject({ translated: 2, fromCache: 0 });
  });
});

describe('translateBlocks: under way', () => {
  const blocks = [
    { id: 'a', text: 'پہلا' },
    { id: 'b', text: 'دوسرا' },
  ];

  it('is told once, after the cached blocks are reported and the first request has been handed over', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    await cache.put(await cacheKey('libretranslate', 'ur', 'en', 'پہلا'), 'first');
    const provider = fakeProvider();
    const seen: string[] = [];
    const { done } = run({
      provider,
      blocks,
      cache,
      onBlock: (e) => seen.push(e.id),
      onUnderway: () => seen.push(`underway after ${provider.calls.length} request(s)`),
    });
    await done;
    expect(seen).toEqual(['a', 'underway after 1 request(s)', 'b']);
  });

  it('is told when nothing needs sending, and not after an abort', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    for (const b of blocks) await cache.put(await cacheKey('libretranslate', 'ur', 'en', b.text), b.id);
    let told = 0;
    await run({ provider: fakeProvider(), blocks, cache, onUnderway: () => told++ }).done;
    expect(told).toBe(1);
    const aborted = new AbortController();
    aborted.abort();
    await run({ provider: fakeProvider(), blocks, signal: aborted.signal, onUnderway: () => told++ }).done;
    expect(told).toBe(1);
  });
});
