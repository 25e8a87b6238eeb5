import { openTranslationCache } from '../../cache/open-translation-cache';
import type { TranslationCache } from '../../cache/translation-cache';
import type { Settings } from '../../settings/settings-schema';

let opened: Promise<TranslationCache> | undefined;

/** One cache per page, opened on first use (IndexedDB; in memory where the browser refuses it, e.g. private windows). */
export function translationCache(settings: Settings): Promise<TranslationCache> {
  opened ??= openTranslationCache({ maxEntries: settings.cache.maxEntries });
  return opened;
}
