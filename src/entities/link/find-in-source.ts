import { nameSkeleton, placeKey } from './match-keys';
import { skeletonsMatch } from './consonant-skeleton';
import { memoByText } from '../generic/memo-by-text';
import { normalizeUrduWithMap } from '../ur/normalize-urdu';
import { orgNamesMatch } from './org-names-match';
import { namesForKey } from '../generic/region-gazetteer';
import { tokenizeWords } from '../generic/tokenize-words';
import type { EntityType } from '../types';
import { URDU_PLACE_SUFFIX, URDU_ROLE_TITLES, URDU_STOP_WORDS } from '../ur/urdu-lexicon';
import { PERSIAN_STOP_WORDS } from '../fa/persian-lexicon';

// Every entity of a block searches the same source paragraph: normalise and tokenise it once.
const prepared = memoByText((source) => {
  const { text, map } = normalizeUrduWithMap(source);
  return { text, map, tokens: tokenizeWords(text) };
}, 64);

export interface Span {
  start: number;
  end: number;
}

/**
 * Fallback when the source-side recogniser missed a span: a place by every name its key has in the source language
 * (also glued to the next word, as in "ماسکوپہنچ"), a name by the consonant skeleton of one to four source words.
 */
export function findInSource(
  type: EntityType,
  targetText: string,
  targetLang: string,
  source: string,
  sourceLang: string,
): Span[] {
  const { text, map, tokens } = prepared(source, '');
  const toSource = (start: number, end: number) => ({ start: map[start]!, end: map[end]! });
  const key = type === 'place' ? placeKey(targetText, targetLang) : null;
  // A place the gazetteer does not know ("Samarkand"), or knows by no name in the source language (Moscow in Persian),
  // is matched like a name, by its skeleton.
  const sourceNames = key ? namesForKey(key, sourceLang) : [];
  if (type === 'place' && sourceNames.length > 0) {
    const spans: Span[] = [];
    for (const name of sourceNames) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const before = text[at - 1] ?? ' ';
        const after = text.slice(at + name.length);
        if (/[\p{L}\p{M}]/u.test(before) || (/^[\p{L}\p{M}]/u.test(after) && URDU_PLACE_SUFFIX.test(after))) continue;
        if (/^[a-z]/i.test(after)) continue;
        spans.push(toSource(at, at + name.length));
      }
    }
    return spans;
  }
  if (type !== 'person' && type !== 'place' && type !== 'organization' && type !== 'other') return [];
  const wanted = nameSkeleton(targetText);
  const skip = (word: string) =>
    URDU_STOP_WORDS.has(word) || URDU_ROLE_TITLES.has(word) || (sourceLang === 'fa' && PERSIAN_STOP_WORDS.has(word));
  // An everyday word can end an organisation's name when the translation ends with it too: "Geo News" is جیو نیوز.
  const named = type === 'organization' || type === 'other';
  const lastSkeleton = nameSkeleton(/(\S+)$/.exec(targetText)?.[1] ?? '');
  const ends = (word: string) => !skip(word) || (named && skeletonsMatch(lastSkeleton, nameSkeleton(word)));
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip(tokens[i]!.text)) continue;
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      if (!ends(last.text) || tokens.slice(i + 1, i + n).some((t) => t.gap !== ' ')) continue;
      const words = text.slice(tokens[i]!.start, last.end);
      const skeleton = nameSkeleton(words);
      if (skeletonsMatch(wanted, skeleton) || (named && orgNamesMatch(targetText, words))) {
        // A generic word before the name matches within one edit too ("ادارے رشیا ٹوڈے" for Russia Today): the
        // name starts at the next word when that leaves the skeleton exact.
        if (n > 1 && skeleton !== wanted && nameSkeleton(text.slice(tokens[i + 1]!.start, last.end)) === wanted) break;
        spans.push(toSource(tokens[i]!.start, last.end));
        i += n - 1;
        break;
      }
    }
  }
  return spans;
}
