import { openTranslationCache } from '../../cache/open-translation-cache';
import type { TranslationCache } from '../../cache/translation-cache';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings-schema';

let opened: Promise<TranslationCache> | undefined;
let limit: number = DEFAULT_SETTINGS.cache.maxEntries;

/**
 * One cache per page, opened on first use (IndexedDB; in memory where the browser refuses it, e.g. private windows).
 * Opening IndexedDB takes tens of milliseconds, so a page may open it before its settings are read; the reader's
 * limit applies from the first call that brings them.
 */
export function translationCache(settings?: Settings): Promise<TranslationCache> {
  if (settings) limit = settings.cache.maxEntries;
  opened ??= openTranslationCache({ maxEntries: () => limit });
  return opened;
}
