import { KNOWN_ORGS } from './english-lexicon';
import { wordKind } from './english-word-tags';
import { PRIORITY } from '../priorities';
import { caseFoldedNames } from '../generic/region-gazetteer';
import { startsSentence, tokenizeWords, type Token } from '../generic/tokenize-words';
import type { Candidate } from '../types';

// Text written in lower case (chat, comments, reviews: "burger king in chicago") gives its names no capitals, so the
// capitalised runs and the tagger's capitals features find nothing there. Like a headline in capitals, it is read
// case-blind, and only what the gazetteer or the organisation lexicon knows is a name.

/** Places whose names, in lower case, are everyday English nouns: "a turkey", "fine china", "a jersey". */
// Source: the country, region and city names that English dictionaries also list as common nouns (food, drink, cloth).
// prettier-ignore
export const PLACE_NOUNS = new Set([
  'turkey', 'china', 'chile', 'guinea', 'jersey', 'panama', 'java', 'champagne', 'cologne', 'bologna', 'cayenne',
  'tabasco', 'burgundy', 'bordeaux', 'madeira',
]);

/** The text writes no capital but at a sentence's start and in "I" ("I'm", "I've"): its names are in lower case. */
export function writtenInLowerCase(tokens: Token[]): boolean {
  return (
    tokens.some((t) => /^\p{Ll}/u.test(t.text)) &&
    tokens.every((t, k) => !/\p{Lu}/u.test(t.text) || t.text === 'I' || startsSentence(t, k === 0))
  );
}

/**
 * The gazetteer's places and the lexicon's organisations in a text written in lower case, longest first (up to four
 * words), each with a word that is no ordinary English word ("city center", "turkey", "china" stay words).
 */
export function lowerCaseNames(text: string): Candidate[] {
  const tokens = tokenizeWords(text);
  if (!writtenInLowerCase(tokens)) return [];
  const places = caseFoldedNames('en');
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let size = Math.min(4, tokens.length - i); size >= 1; size--) {
      const words = tokens.slice(i, i + size);
      if (words.slice(1).some((t) => t.gap !== ' ') || words.some((t) => /\p{Lu}/u.test(t.text))) continue;
      const phrase = words.map((t) => t.text).join(' ');
      if (words.every((t) => wordKind(t.text) === 'common') || PLACE_NOUNS.has(phrase)) continue;
      const type = KNOWN_ORGS.has(phrase) ? 'organization' : places.has(phrase) ? 'place' : null;
      if (!type) continue;
      out.push({ start: words[0]!.start, end: words.at(-1)!.end, type, priority: PRIORITY.knownName });
      i += size - 1;
      break;
    }
  }
  return out;
}
