import { evictionSlack, limitOf, type CacheOptions, type TranslationCache } from './translation-cache';

/**
 * The cache kept in memory for this page only, for when IndexedDB cannot be opened (Firefox private windows before
 * version 115, some hardened profiles). A Map keeps insertion order, so re-inserting on use makes it an LRU.
 */
export function createMemoryCache({ maxEntries: limit }: Pick<CacheOptions, 'maxEntries'>): TranslationCache {
  const entries = new Map<string, string>();
  return {
    persistent: false,
    async getMany(keys) {
      const found = new Map<string, string>();
      for (const key of keys) {
        const text = entries.get(key);
        if (text === undefined) continue;
        entries.delete(key);
        entries.set(key, text);
        found.set(key, text);
      }
      return found;
    },
    async put(key, text) {
      entries.delete(key);
      entries.set(key, text);
      const maxEntries = limitOf(limit);
      if (entries.size <= maxEntries) return;
      let excess = entries.size - Math.max(1, maxEntries - evictionSlack(maxEntries));
      for (const oldest of entries.keys()) {
        if (excess-- <= 0) break;
        entries.delete(oldest);
      }
    },
    async clear() {
      entries.clear();
    },
    async count() {
      return entries.size;
    },
  };
}
