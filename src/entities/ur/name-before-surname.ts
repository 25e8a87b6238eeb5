import { gazetteerFor } from '../generic/region-gazetteer';
import { tokenizeWords } from '../generic/tokenize-words';
import { normalizeUrdu } from './normalize-urdu';
import { URDU_EVERYDAY_WORDS, URDU_ROLE_TITLES, URDU_STOP_WORDS } from './urdu-lexicon';
import { calendarWords } from './urdu-phrases';
import { URDU_RANK_TITLES } from './urdu-ranks';

/** The most words of a given name taken in before a surname, and how far back the text is read for them. */
const MAX_BEFORE = 2;
const LOOK_BACK = 120;
const isTitle = (phrase: string) =>
  URDU_ROLE_TITLES.has(phrase) || URDU_ROLE_TITLES.has(phrase.replace(/ /g, '')) || URDU_RANK_TITLES.has(phrase);

/**
 * Where the name ended by the surname at `start` begins: a surname spread from a person named in full elsewhere
 * ("شہباز شریف") right after one or two words that no list knows as a function word, everyday word, place, month or
 * title ends a relative's or namesake's full name ("مریم نواز شریف"), and is no name of its own.
 */
export function nameStartBefore(text: string, start: number): number {
  const from = Math.max(0, start - LOOK_BACK);
  const tokens = tokenizeWords(text.slice(from, start));
  const places = gazetteerFor('ur').byName;
  let first = tokens.length;
  while (first > 0 && tokens.length - first < MAX_BEFORE) {
    const token = tokens[first - 1]!;
    const gapAfter = first === tokens.length ? text.slice(from + token.end, start) : tokens[first]!.gap;
    if (gapAfter !== ' ' || !/^\p{L}+$/u.test(token.text)) break;
    const word = normalizeUrdu(token.text);
    const previous = tokens[first - 2];
    const pair = previous && token.gap === ' ' ? `${normalizeUrdu(previous.text)} ${word}` : '';
    if (URDU_STOP_WORDS.has(word) || URDU_EVERYDAY_WORDS.has(word) || calendarWords().has(word) || places.has(word))
      break;
    if (isTitle(word) || (pair && isTitle(pair))) break;
    first--;
  }
  return first === tokens.length ? start : from + tokens[first]!.start;
}
