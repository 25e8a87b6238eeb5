import { sortedListHas } from '../generic/sorted-words';
import { WORD_KINDS_DATA } from './word-kinds-data';

export type WordKind = 'person-name' | 'place' | 'organization' | 'demonym' | 'common' | 'unknown';

const KINDS = Object.entries(WORD_KINDS_DATA) as [Exclude<WordKind, 'unknown'>, string][];
// Articles repeat their names; a remembered answer skips five searches.
const memo = new Map<string, WordKind>();

/**
 * What compromise's lexicon knows about one word (any case): a known first/last name, a city, a demonym, an ordinary
 * word. A snapshot of its answers (word-kinds-data.ts) replaces compromise itself, which unpacks and inflects its whole
 * lexicon on import (~0.7 s before the first highlight); the snapshot is searched in place, never indexed.
 */
export function wordKind(word: string): WordKind {
  const key = word.toLowerCase();
  let kind = memo.get(key);
  if (kind === undefined) {
    kind = KINDS.find(([, list]) => sortedListHas(list, key))?.[0] ?? 'unknown';
    if (memo.size > 5000) memo.clear();
    memo.set(key, kind);
  }
  return kind;
}
