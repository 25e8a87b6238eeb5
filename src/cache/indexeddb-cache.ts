import { openDB, type DBSchema } from 'idb';
import { evictionSlack, limitOf, type CacheOptions, type TranslationCache } from './translation-cache';

interface CacheSchema extends DBSchema {
  translations: {
    key: string;
    value: { key: string; text: string; at: number };
    indexes: { at: number };
  };
}

const STORE = 'translations';

/** The persistent cache: one IndexedDB store `{ key, text, at }` with an index on `at` (last used) for LRU eviction. */
export async function openIndexedDbCache({
  maxEntries: limit,
  dbName = 'tarjuma-translations',
  now = Date.now,
}: CacheOptions & { dbName?: string }): Promise<TranslationCache> {
  const db = await openDB<CacheSchema>(dbName, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'key' }).createIndex('at', 'at');
    },
    // Another page upgrading the schema must not wait for this one to close.
    blocking() {
      db.close();
    },
  });
  // Counted once, then tracked: counting the store on every put would cost as much as the put.
  let approximateCount: number | undefined;
  let eviction: Promise<void> | undefined;

  async function evict(): Promise<void> {
    const tx = db.transaction(STORE, 'readwrite');
    const total = await tx.store.count();
    const maxEntries = limitOf(limit);
    let excess = total > maxEntries ? total - Math.max(1, maxEntries - evictionSlack(maxEntries)) : 0;
    let cursor = excess > 0 ? await tx.store.index('at').openCursor() : null;
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
    await tx.done;
    approximateCount = await db.count(STORE);
  }

  return {
    persistent: true,
    async getMany(keys) {
      const found = new Map<string, string>();
      if (keys.length === 0) return found;
      // Read-only: the answer does not wait for a write to commit (the first request of a page waits for it).
      const tx = db.transaction(STORE, 'readonly');
      const values = await Promise.all(keys.map((key) => tx.store.get(key)));
      const hits = values.filter((value) => value !== undefined);
      for (const value of hits) found.set(value.key, value.text);
      if (hits.length) {
        // The hits' "last used", in a transaction of its own: created now, it runs before any later write of this
        // page (IndexedDB runs overlapping read-write transactions in the order they were created).
        const at = now();
        const touch = db.transaction(STORE, 'readwrite');
        for (const value of hits) touch.store.put({ ...value, at }).catch(() => undefined);
        touch.done.catch(() => undefined);
      }
      return found;
    },
    async put(key, text) {
      await db.put(STORE, { key, text, at: now() });
      approximateCount = approximateCount === undefined ? await db.count(STORE) : approximateCount + 1;
      if (approximateCount > limitOf(limit)) {
        eviction ??= evict().finally(() => (eviction = undefined));
        await eviction;
      }
    },
    async clear() {
      await db.clear(STORE);
      approximateCount = 0;
    },
    count() {
      return db.count(STORE);
    },
  };
}
