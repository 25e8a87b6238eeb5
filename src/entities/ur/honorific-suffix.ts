import type { Token } from '../generic/tokenize-words';
import { PRIORITY } from '../priorities';
import type { Candidate } from '../types';
import { normalizeUrdu } from './normalize-urdu';
import { URDU_EVERYDAY_WORDS, URDU_STOP_WORDS } from './urdu-lexicon';
import { calendarWords, titleAt, type Phrases } from './urdu-phrases';

// Respect written after a person's name, and not part of it (گاندھی جی، عمران خان صاحب). Source: Urdu honorifics.
const HONORIFICS = new Set(['جی', 'صاحب', 'صاحبہ']);
// The Latin letters as Urdu spells them: جی after one is the letter G of an acronym (ایس ایچ جی), not respect.
// Source: the Urdu names of the Latin alphabet's letters.
// prettier-ignore
const LETTER_NAMES = new Set([
  'اے', 'بی', 'سی', 'ڈی', 'ای', 'ایف', 'جی', 'ایچ', 'آئی', 'جے', 'کے', 'ایل', 'ایم', 'این', 'او', 'پی', 'کیو', 'آر',
  'ایس', 'ٹی', 'یو', 'وی', 'ڈبلیو', 'ایکس', 'وائی', 'زیڈ',
]);
/** The most words of a name before the honorific. */
const MAX_NAME_WORDS = 3;

/**
 * "عمران خان صاحب نے کہا", "گاندھی جی کے خیالات": one to three words before an honorific that is followed by a
 * function word or punctuation, and preceded by one or the sentence's start (so the words are the whole name), none of
 * them a function word, everyday word, month, title or spelt letter, are a person's name. A weak guess: the tagger's
 * reading and every list's win where they overlap.
 */
export function nameBeforeHonorific(
  tokens: Token[],
  phrases: Phrases,
  places: Map<string, string>,
  i: number,
): Candidate | null {
  const honorific = tokens[i]!;
  if (!HONORIFICS.has(honorific.text) || honorific.gap !== ' ') return null;
  const next = tokens[i + 1];
  if (next && next.gap === ' ' && !URDU_STOP_WORDS.has(next.text)) return null;
  const plain = (k: number) => {
    const word = tokens[k]!.text;
    return (
      /^\p{L}+$/u.test(word) &&
      !URDU_STOP_WORDS.has(word) &&
      !URDU_EVERYDAY_WORDS.has(word) &&
      !LETTER_NAMES.has(word) &&
      !calendarWords().has(word) &&
      !places.has(word) &&
      titleAt(tokens, phrases, k)[0] === 0
    );
  };
  let first = i;
  while (first > 0 && i - first < MAX_NAME_WORDS && plain(first - 1) && tokens[first]!.gap === ' ') first--;
  if (first === i) return null;
  const before = tokens[first - 1];
  const bounded = !before || tokens[first]!.gap !== ' ' || URDU_STOP_WORDS.has(before.text);
  if (!bounded) return null;
  return { start: tokens[first]!.start, end: tokens[i - 1]!.end, type: 'person', priority: PRIORITY.ruleName };
}

/**
 * The honorific is no part of the name it follows, nor a name alone ("ڈاکٹر صاحب" is "the doctor"): a person's span
 * that ends with one ends before it, and one that is nothing else is dropped. `text` is the block the spans index.
 */
export function withoutHonorific(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.type !== 'person') return [c];
    const words = text.slice(c.start, c.end).split(' ');
    if (!HONORIFICS.has(normalizeUrdu(words.at(-1)!))) return [c];
    if (words.length === 1) return [];
    return [{ ...c, end: c.end - words.at(-1)!.length - 1 }];
  });
}
