import { PLACE_NOUNS, writtenInLowerCase } from './lower-case-names';
import { wordKind } from './english-word-tags';
import { PRIORITY } from '../priorities';
import { caseFoldedNames } from '../generic/region-gazetteer';
import { startsSentence, tokenizeWords, type Token } from '../generic/tokenize-words';
import type { Candidate } from '../types';

// Casual text that capitalises some names leaves others in lower case ("my cousin moved from vietnam to Canada", "i
// went to nepal with Tom"): the capitalised runs and the tagger miss those. Only text that shows it is casual, by a
// sentence or the pronoun "i" in lower case, is read so: edited text that writes a name in lower case means a word
// ("the lahore office" is an error or a modifier, left alone). A lower-case word is a place there only where both the
// gazetteer and compromise's lexicon know it as one, so that everyday words the gazetteer holds ("gulf", "reunion",
// "midway") stay words; not in a web or e-mail address ("bbc.co.uk", "…@gmail.com").

// Characters that join a word to an address: a dot, "@", "/", or ":" before it or after it.
const IN_ADDRESS = /[.@/:]$/u;
const ADDRESS_AFTER = /^[.@/:]\p{L}/u;

/** The text opens a sentence in lower case, or writes the pronoun "I" as "i". */
const writtenCasually = (tokens: Token[]) =>
  tokens.some((t, k) => /^\p{Ll}/u.test(t.text) && startsSentence(t, k === 0)) || tokens.some((t) => t.text === 'i');

/** Lower-case one-word places in casual text that is not all in lower case (`lowerCaseNames` reads that one). */
export function uncapitalisedPlaces(text: string): Candidate[] {
  const tokens = tokenizeWords(text);
  if (writtenInLowerCase(tokens) || !writtenCasually(tokens)) return [];
  const places = caseFoldedNames('en');
  const out: Candidate[] = [];
  tokens.forEach((t, k) => {
    if (!/^\p{Ll}+$/u.test(t.text) || PLACE_NOUNS.has(t.text)) return;
    if (!places.has(t.text) || wordKind(t.text) !== 'place') return;
    if (IN_ADDRESS.test(t.gap) || ADDRESS_AFTER.test(tokens[k + 1]?.gap ?? text.slice(t.end))) return;
    out.push({ start: t.start, end: t.end, type: 'place', priority: PRIORITY.knownName });
  });
  return out;
}
