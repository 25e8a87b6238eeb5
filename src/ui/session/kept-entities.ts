import { textDigest } from '../../cache/cache-key';
import { openTranslationCache } from '../../cache/open-translation-cache';
import type { TranslationCache } from '../../cache/translation-cache';
import { RECOGNISER_VERSION } from '../../entities/recogniser-version';
import type { EntitiesInput, FoundEntities } from './find-entities';

/**
 * The entities found in an article, kept on the device beside its translations (their own IndexedDB database, the
 * same least-recently-used eviction and the same "Clear"), so that reading it again shows the highlights with the
 * text instead of loading the recogniser and recognising it anew.
 */
const ENTITIES_DB = 'tarjuma-entities';
/** Articles whose entities are kept: each is one entry of a few kilobytes. */
const ARTICLES_KEPT = 500;

let opened: Promise<TranslationCache> | undefined;

/** One store per page, opened on first use (in memory where the browser refuses IndexedDB, e.g. private windows). */
export function entitiesStore(): Promise<TranslationCache> {
  opened ??= openTranslationCache({ maxEntries: ARTICLES_KEPT, dbName: ENTITIES_DB });
  return opened;
}

/**
 * What decides the entities: the recogniser, both languages, and every block's text and translation. A digest: the
 * key holds none of the article.
 */
export async function entitiesKey(input: EntitiesInput): Promise<string> {
  const { blocks, sourceLang, targetLang, translations } = input;
  const texts = blocks.map((b) => [b.id, b.kind, b.text, translations ? (translations[b.id] ?? null) : null]);
  const digest = await textDigest(JSON.stringify([sourceLang, targetLang, translations !== undefined, texts]));
  return `entities|${RECOGNISER_VERSION}|${sourceLang}|${targetLang}|${digest}`;
}

/** Only a whole article is kept: a translation with a failed or missing block is recognised again once complete. */
export function isComplete(input: EntitiesInput): boolean {
  const { blocks, translations } = input;
  return !translations || blocks.every((b) => typeof translations[b.id] === 'string');
}

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/** The stored text back as entities, or `undefined` if it is not what this code wrote (a damaged or foreign entry). */
function parseFound(text: string): FoundEntities | undefined {
  try {
    const value = JSON.parse(text) as {
      entities?: { entities?: unknown; mentions?: unknown };
      sourceMentions?: unknown;
    };
    const ok = isArray(value.entities?.entities) && isArray(value.entities.mentions) && isArray(value.sourceMentions);
    return ok ? (value as FoundEntities) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entities of `input`: the kept ones when this recogniser already found them for the same texts, else those `find`
 * finds, kept for next time. The store is a convenience: when it fails, the entities are found as if it were empty.
 */
export async function keptOrFound(
  input: EntitiesInput,
  find: () => Promise<FoundEntities | undefined>,
  store: Promise<TranslationCache | undefined>,
): Promise<FoundEntities | undefined> {
  const open = isComplete(input) ? await store.catch(() => undefined) : undefined;
  const key = open ? await entitiesKey(input) : undefined;
  if (open && key) {
    const text = await open.getMany([key]).then(
      (found) => found.get(key),
      () => undefined,
    );
    const kept = text === undefined ? undefined : parseFound(text);
    if (kept) {
      performance.mark('tarjuma:entities-kept');
      return kept;
    }
  }
  const found = await find();
  // A lost write costs one recognition later, nothing more.
  if (found && open && key) open.put(key, JSON.stringify(found)).catch(() => undefined);
  return found;
}
