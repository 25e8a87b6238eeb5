import { keyOfDigest, textDigest } from '../../cache/cache-key';
import type { TranslationCache } from '../../cache/translation-cache';
import type { ConcreteProviderId } from '../provider-ids';

/**
 * The cached translations of some texts, for each of some providers: every text hashed once, one `getMany` for all.
 * It can start before the provider is chosen (for every provider the choice may fall on), so that the first request
 * does not wait for IndexedDB.
 */
export interface CacheLookup {
  cache: TranslationCache;
  from: string;
  to: string;
  texts: readonly string[];
  providers: readonly ConcreteProviderId[];
  /** Each provider's keys, by text index, and the translations found, by key (misses are absent). */
  result: Promise<{ keysOf: Map<ConcreteProviderId, string[]>; found: Map<string, string> }>;
}

export function lookUpCache(
  cache: TranslationCache,
  providers: readonly ConcreteProviderId[],
  from: string,
  to: string,
  texts: readonly string[],
): CacheLookup {
  const result = (async () => {
    const digests = await Promise.all(texts.map(textDigest));
    const keysOf = new Map(providers.map((id) => [id, digests.map((d) => keyOfDigest(id, from, to, d))] as const));
    const found = await cache.getMany([...keysOf.values()].flat());
    return { keysOf, found };
  })();
  // Read by whoever needs it; a lookup nobody reads (the run stopped at a permission card) must not fail loudly.
  result.catch(() => undefined);
  return { cache, from, to, texts, providers, result };
}

/** Whether `lookup` answers for these texts of `cache`, between these languages, for each of `providers`. */
export function lookupCovers(
  lookup: CacheLookup,
  cache: TranslationCache,
  from: string,
  to: string,
  texts: readonly string[],
  providers: readonly ConcreteProviderId[],
): boolean {
  return (
    lookup.cache === cache &&
    lookup.from === from &&
    lookup.to === to &&
    lookup.texts.length === texts.length &&
    lookup.texts.every((text, i) => text === texts[i]) &&
    providers.every((id) => lookup.providers.includes(id))
  );
}
