/** Finished translations by key (see `cacheKey`). Failed blocks are never stored. */
export interface TranslationCache {
  /** Looks up many keys at once and marks the hits as just used; misses are absent from the map. */
  getMany(keys: readonly string[]): Promise<Map<string, string>>;
  put(key: string, text: string): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  /** False for the in-memory stand-in used when IndexedDB is unavailable (private windows). */
  readonly persistent?: boolean;
}

export interface CacheOptions {
  /**
   * Entries kept; the least recently used go first when there are more. A function is asked at each eviction: a
   * page may open the cache before it has read the reader's limit.
   */
  maxEntries: number | (() => number);
  /** Clock for `at` (last used); tests pass their own. */
  now?: () => number;
}

export function limitOf(maxEntries: CacheOptions['maxEntries']): number {
  return typeof maxEntries === 'function' ? maxEntries() : maxEntries;
}

/** How many to evict past the limit at once, so a full cache does not evict on every put. */
export function evictionSlack(maxEntries: number): number {
  return Math.max(1, Math.ceil(maxEntries * 0.1));
}
