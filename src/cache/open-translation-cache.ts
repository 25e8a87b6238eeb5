import { openIndexedDbCache } from './indexeddb-cache';
import { createMemoryCache } from './memory-cache';
import type { CacheOptions, TranslationCache } from './translation-cache';

/**
 * The translation cache: IndexedDB when the browser lets this page open it, else an in-memory cache for the page's
 * life (private windows may refuse IndexedDB; translating must still work there).
 */
export async function openTranslationCache(options: CacheOptions & { dbName?: string }): Promise<TranslationCache> {
  if (typeof indexedDB === 'undefined') return createMemoryCache(options);
  try {
    return await openIndexedDbCache(options);
  } catch {
    return createMemoryCache(options);
  }
}
