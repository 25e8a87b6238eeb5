import type { Token } from '../generic/tokenize-words';
import { PRIORITY } from '../priorities';
import type { Candidate } from '../types';
import { calendarWords, titleAt, type Phrases } from './urdu-phrases';
import { URDU_ORG_HEADS_AFTER, URDU_ORG_HEADS_BEFORE, URDU_STOP_WORDS } from './urdu-lexicon';

/** A word that can be part of a name: not a function word, title, calendar word or number. */
function nameWord(tokens: Token[], phrases: Phrases, k: number): boolean {
  const word = tokens[k]?.text;
  if (!word || URDU_STOP_WORDS.has(word) || calendarWords().has(word) || /[\d۰-۹]/.test(word)) return false;
  return titleAt(tokens, phrases, k)[0] === 0 && !URDU_ORG_HEADS_BEFORE.has(word) && !URDU_ORG_HEADS_AFTER.has(word);
}

/**
 * Organisations by their head word: one or two name words before a trailing head (معراج ایئرویز، پیپلز پارٹی), and
 * "head آف word" (بیورو آف امیگریشن).
 */
export function orgByHead(tokens: Token[], phrases: Phrases, i: number): Candidate | null {
  const spaced = (from: number, to: number) => from >= 0 && to < tokens.length && phrases.spaced(from, to - from + 1);
  for (const n of [2, 1]) {
    const head = phrases.phrase(i, n);
    if (i + n > tokens.length || !URDU_ORG_HEADS_AFTER.has(head)) continue;
    const end = i + n - 1;
    if (tokens[i + n]?.text === 'آف' && nameWord(tokens, phrases, i + n + 1) && spaced(i, i + n + 1)) {
      return {
        start: tokens[i]!.start,
        end: tokens[i + n + 1]!.end,
        type: 'organization',
        priority: PRIORITY.knownName,
      };
    }
    let start = i;
    while (start > i - 2 && nameWord(tokens, phrases, start - 1) && spaced(start - 1, end)) start--;
    if (start === i) return null;
    return { start: tokens[start]!.start, end: tokens[end]!.end, type: 'organization', priority: PRIORITY.knownName };
  }
  return null;
}
