import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIndexedDbCache } from '../../../src/cache/indexeddb-cache';
import { createMemoryCache } from '../../../src/cache/memory-cache';

describe('a limit read at each eviction (a page opens the cache before it has read the settings)', () => {
  it('the in-memory cache keeps to the limit in force when it evicts', async () => {
    let limit = 100;
    const cache = createMemoryCache({ maxEntries: () => limit });
    for (let i = 0; i < 20; i++) await cache.put(`k${i}`, `t${i}`);
    expect(await cache.count()).toBe(20);
    limit = 10;
    await cache.put('k20', 't20');
    expect(await cache.count()).toBeLessThanOrEqual(10);
    expect((await cache.getMany(['k20'])).get('k20')).toBe('t20');
  });

  it('so does IndexedDB', async () => {
    let limit = 100;
    const cache = await openIndexedDbCache({ maxEntries: () => limit, dbName: 'limit-test' });
    for (let i = 0; i < 20; i++) await cache.put(`k${i}`, `t${i}`);
    limit = 10;
    await cache.put('k20', 't20');
    expect(await cache.count()).toBeLessThanOrEqual(10);
  });
});
