import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cacheKey, cacheKeys } from '../../../src/cache/cache-key';
import { openIndexedDbCache } from '../../../src/cache/indexeddb-cache';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import { openTranslationCache } from '../../../src/cache/open-translation-cache';
import type { TranslationCache } from '../../../src/cache/translation-cache';

let dbCounter = 0;
function clock() {
  let time = 1_000;
  return () => ++time;
}

const implementations: [string, (maxEntries: number) => Promise<TranslationCache>][] = [
  ['indexeddb', (maxEntries) => openIndexedDbCache({ maxEntries, dbName: `test-${++dbCounter}`, now: clock() })],
  ['memory', async (maxEntries) => createMemoryCache({ maxEntries })],
];

describe('cacheKey', () => {
  it('names provider, pair and a SHA-256 of the text', async () => {
    const key = await cacheKey('google', 'ur', 'en', 'ایرانی صدر');
    expect(key).toMatch(/^google\|ur\|en\|[0-9a-f]{64}$/);
    expect(await cacheKey('google', 'ur', 'en', 'ایرانی صدر')).toBe(key);
    expect(await cacheKey('microsoft', 'ur', 'en', 'ایرانی صدر')).not.toBe(key);
    expect(await cacheKey('google', 'ur', 'de', 'ایرانی صدر')).not.toBe(key);
    expect(await cacheKey('google', 'ur', 'en', 'ایرانی صدر ')).not.toBe(key);
    expect(await cacheKeys('google', 'ur', 'en', ['a', 'ایرانی صدر'])).toEqual([
      await cacheKey('google', 'ur', 'en', 'a'),
      key,
    ]);
  });
});

describe.each(implementations)('%s cache', (_name, open) => {
  it('round-trips texts and reports misses as absent', async () => {
    const cache = await open(100);
    await cache.put('k1', 'The Iranian president');
    await cache.put('k2', 'arrived in Moscow');
    await cache.put('k2', 'arrived in Moscow.');
    const found = await cache.getMany(['k1', 'k2', 'missing']);
    expect(found).toEqual(
      new Map([
        ['k1', 'The Iranian president'],
        ['k2', 'arrived in Moscow.'],
      ]),
    );
    expect(await cache.count()).toBe(2);
    expect(await cache.getMany([])).toEqual(new Map());
  });

  it('evicts the least recently used, in a batch, when over maxEntries', async () => {
    const cache = await open(10);
    for (let i = 0; i < 10; i++) await cache.put(`k${i}`, `t${i}`);
    // Reading k0 and k1 makes them recent: k2 and k3 are now the oldest.
    expect((await cache.getMany(['k0', 'k1'])).size).toBe(2);
    await cache.put('k10', 't10');
    // 11 > 10 → down to 10 − 10 % = 9 entries, the two least recently used gone.
    expect(await cache.count()).toBe(9);
    const left = await cache.getMany(Array.from({ length: 11 }, (_, i) => `k${i}`));
    expect([...left.keys()].sort()).toEqual(['k0', 'k1', 'k10', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']);
    // The slack means the next put does not evict again.
    await cache.put('k11', 't11');
    expect(await cache.count()).toBe(10);
  });

  it('clears everything', async () => {
    const cache = await open(100);
    await cache.put('a', '1');
    await cache.put('b', '2');
    await cache.clear();
    expect(await cache.count()).toBe(0);
    expect((await cache.getMany(['a', 'b'])).size).toBe(0);
    await cache.put('c', '3');
    expect(await cache.count()).toBe(1);
  });
});

describe('openTranslationCache', () => {
  it('opens IndexedDB when there is one, and keeps entries across openings', async () => {
    const first = await openTranslationCache({ maxEntries: 5, dbName: 'persisted' });
    expect(first.persistent).toBe(true);
    await first.put('k', 'kept');
    const second = await openTranslationCache({ maxEntries: 5, dbName: 'persisted' });
    expect((await second.getMany(['k'])).get('k')).toBe('kept');
  });

  it('falls back to memory when IndexedDB refuses to open', async () => {
    const original = indexedDB.open.bind(indexedDB);
    indexedDB.open = () => {
      throw new DOMException('private window', 'InvalidStateError');
    };
    try {
      const cache = await openTranslationCache({ maxEntries: 5 });
      expect(cache.persistent).toBe(false);
      await cache.put('k', 'v');
      expect((await cache.getMany(['k'])).get('k')).toBe('v');
    } finally {
      indexedDB.open = original;
    }
  });
});
