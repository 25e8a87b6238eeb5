import type { Token } from '../generic/tokenize-words';
import { PRIORITY } from '../priorities';
import type { Candidate } from '../types';
import { calendarWords, titleAt, type Phrases } from './urdu-phrases';
import { URDU_ORG_HEADS_AFTER, URDU_ORG_HEADS_BEFORE, URDU_STOP_WORDS } from './urdu-lexicon';

// Words that open a common noun phrase, never a name: "کسی بینک" is any bank, "دوسری ایجنسی" another agency.
// Source: Urdu grammar's determiners, quantifiers, pronouns and reflexives, the adjectives of size, age and order that
// describe a head noun, the postpositional words that stand before a noun (تحت، واقع، متعلق), Persian-style و "and" and
// the auxiliaries گیا، گئی that end a clause.
// prettier-ignore
const NOT_IN_ORG_NAME = new Set([
  'کسی', 'کوئی', 'کئی', 'ہر', 'تمام', 'چند', 'بعض', 'کچھ', 'دیگر', 'دوسری', 'دوسرے', 'دوسرا', 'ایسی', 'ایسے', 'ایسا',
  'اسی', 'اسے', 'انہیں', 'انھیں', 'آپ', 'خود', 'اپنی', 'اپنا', 'یہی', 'وہی', 'جس', 'جن', 'کیونکہ', 'چونکہ', 'تحت',
  'واقع', 'کرکے', 'متعلق', 'متعلقہ', 'مختلف', 'نئی', 'نئے', 'نیا', 'بڑی', 'بڑے', 'بڑا', 'چھوٹی', 'چھوٹے', 'چھوٹا',
  'اچھی', 'اچھے', 'اچھا', 'پہلی', 'پہلے', 'پہلا', 'یعنی', 'غیر', 'و', 'گیا', 'گئی',
]);

/** A word that can be part of a name: not a function word, title, calendar word or number. */
function nameWord(tokens: Token[], phrases: Phrases, k: number): boolean {
  const word = tokens[k]?.text;
  if (!word || URDU_STOP_WORDS.has(word) || NOT_IN_ORG_NAME.has(word)) return false;
  if (calendarWords().has(word) || /[\d۰-۹]/.test(word)) return false;
  return titleAt(tokens, phrases, k)[0] === 0 && !URDU_ORG_HEADS_BEFORE.has(word) && !URDU_ORG_HEADS_AFTER.has(word);
}

// The words of an English name Urdu news writes as they sound, joining its parts: "of" and "and" (یونیورسٹی آف
// انجینئرنگ اینڈ ٹیکنالوجی).
const OF = 'آف';
const AND = 'اینڈ';
/** The most name words on either side of "اینڈ" after "head آف". */
const MAX_AFTER_OF = 3;

/**
 * The length in tokens of the organisation head word at token k (بینک; انسٹی ٹیوٹ is two): negative for one that opens
 * a name (وزارت), 0 for none. Either ends a person's name read after a title.
 */
export function orgHeadAt(phrases: Phrases, k: number): number {
  if (URDU_ORG_HEADS_AFTER.has(phrases.phrase(k, 2))) return 2;
  const one = phrases.phrase(k, 1);
  return URDU_ORG_HEADS_AFTER.has(one) ? 1 : URDU_ORG_HEADS_BEFORE.has(one) ? -1 : 0;
}

/**
 * "علامہ اقبال اوپن یونیورسٹی", "شیخ زاید میڈیکل کالج": a name read after a name title (علامہ، شیخ، سردار) that runs
 * into a trailing head word is an institution named after that person, title and all. `headAt` is the head's first
 * token and `headLength` what orgHeadAt said of it; null where no trailing head ends the name.
 */
export function namedAfterPerson(tokens: Token[], start: number, headAt: number, headLength: number): Candidate | null {
  if (headLength <= 0) return null;
  const end = tokens[headAt + headLength - 1]!.end;
  return { start: tokens[start]!.start, end, type: 'organization', priority: PRIORITY.knownName };
}

/**
 * Organisations by their head word: one or two name words before a trailing head (معراج ایئرویز، پیپلز پارٹی), and
 * "head آف name" with the name words before the head and after آف, through اینڈ (نیشنل یونیورسٹی آف سائنسز اینڈ
 * ٹیکنالوجی, اسٹیٹ بینک آف پاکستان): an English name written in Urdu keeps its words in the English order.
 */
export function orgByHead(tokens: Token[], phrases: Phrases, i: number): Candidate | null {
  const spaced = (from: number, to: number) => from >= 0 && to < tokens.length && phrases.spaced(from, to - from + 1);
  for (const n of [2, 1]) {
    const head = phrases.phrase(i, n);
    if (i + n > tokens.length || !URDU_ORG_HEADS_AFTER.has(head)) continue;
    const end = i + n - 1;
    let start = i;
    while (start > i - 2 && nameWord(tokens, phrases, start - 1) && spaced(start - 1, end)) start--;
    if (tokens[i + n]?.text === OF && nameWord(tokens, phrases, i + n + 1) && spaced(i, i + n + 1)) {
      const last = wordsAfterOf(tokens, phrases, i + n + 1);
      return {
        start: tokens[start]!.start,
        end: tokens[last]!.end,
        type: 'organization',
        priority: PRIORITY.knownName,
      };
    }
    if (start === i) return null;
    return { start: tokens[start]!.start, end: tokens[end]!.end, type: 'organization', priority: PRIORITY.knownName };
  }
  return null;
}

/** The last token of the name after "آف" that starts at `first`: up to three name words, and as many after اینڈ. */
function wordsAfterOf(tokens: Token[], phrases: Phrases, first: number): number {
  const run = (from: number) => {
    let last = from;
    while (last - from + 1 < MAX_AFTER_OF && tokens[last + 1]?.gap === ' ' && nameWord(tokens, phrases, last + 1))
      last++;
    return last;
  };
  const last = run(first);
  const joined = tokens[last + 1]?.text === AND && tokens[last + 1]!.gap === ' ' && tokens[last + 2]?.gap === ' ';
  return joined && nameWord(tokens, phrases, last + 2) ? run(last + 2) : last;
}
