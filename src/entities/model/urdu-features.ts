import { WORD_KINDS_DATA } from '../en/word-kinds-data';
import { calendarNames } from '../generic/calendar-names';
import { consonantSkeleton } from '../link/consonant-skeleton';
import { gazetteerFor } from '../generic/region-gazetteer';
import { normalizeUrdu } from '../ur/normalize-urdu';
import {
  URDU_GIVEN_NAMES,
  URDU_NAME_PARTS,
  URDU_NAME_TITLES,
  URDU_ORG_HEADS_AFTER,
  URDU_ORG_HEADS_BEFORE,
  URDU_ORGS,
  URDU_ROLE_TITLES,
  URDU_STOP_WORDS,
} from '../ur/urdu-lexicon';
import { endsSentence, type TaggerToken } from './tagger-tokens';

let calendar: Set<string> | null = null;
const calendarWord = (word: string) => {
  if (!calendar) {
    const { months, weekdays } = calendarNames('ur');
    calendar = new Set([...months.flat(), ...weekdays.flat()].map(normalizeUrdu));
  }
  return calendar.has(word);
};

let nameSkeletons: Map<string, string> | null = null;
/**
 * What an Urdu word's consonant skeleton is among compromise's English-script names: 'p' a personal name (پوٹن and
 * "Putin" are both "ptn"), 'l' a place, '' neither or both. Skeletons of fewer than three consonants say nothing.
 */
function skeletonKind(word: string): string {
  if (!nameSkeletons) {
    nameSkeletons = new Map();
    for (const [kind, mark] of [
      ['person-name', 'p'],
      ['place', 'l'],
    ] as const) {
      for (const name of WORD_KINDS_DATA[kind].split(' ')) {
        const key = consonantSkeleton(name);
        if (key.length < 3) continue;
        const seen = nameSkeletons.get(key);
        nameSkeletons.set(key, seen === undefined || seen === mark ? mark : '');
      }
    }
  }
  const key = consonantSkeleton(word);
  return key.length < 3 ? '' : (nameSkeletons.get(key) ?? '');
}

/**
 * Marks the tokens inside a known phrase, longest first: 'p' a gazetteer place, 'o' a known organisation, 't' a role
 * title (compounds also without their space, وزیراعظم / وزیر اعظم); 'B' first token, 'I' the rest.
 */
function phraseMarks(words: string[]): string[] {
  const places = gazetteerFor('ur').byName;
  const marks = words.map(() => '');
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(5, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const kind = places.has(phrase)
        ? 'p'
        : URDU_ORGS.has(phrase)
          ? 'o'
          : URDU_ROLE_TITLES.has(phrase) || (n > 1 && URDU_ROLE_TITLES.has(phrase.replace(/ /g, '')))
            ? 't'
            : '';
      if (!kind) continue;
      for (let k = 0; k < n; k++) marks[i + k] = `${kind}${k === 0 ? 'B' : 'I'}`;
      i += n - 1;
      break;
    }
  }
  return marks;
}

/**
 * The tag-independent features of Urdu tokens (normalised as the rules read them): word, affixes, neighbours, sentence
 * position, and flags from the Urdu lexicons — role and name titles, common personal-name elements, function words, calendar words, gazetteer places,
 * known organisations and organisation head words, digits and Latin script.
 */
export function urduFeatures(tokens: TaggerToken[]): string[][] {
  const words = tokens.map((t) => normalizeUrdu(t.text));
  const marks = phraseMarks(words);
  const at = (xs: string[], i: number) => (i < 0 ? '<s>' : i >= xs.length ? '</s>' : xs[i]!);
  const kinds = words.map((w) =>
    /[\d۰-۹٠-٩]/.test(w)
      ? 'd'
      : /^[A-Za-z]/.test(w)
        ? 'latin'
        : URDU_STOP_WORDS.has(w)
          ? 'stop'
          : calendarWord(w)
            ? 'cal'
            : URDU_NAME_TITLES.has(w)
              ? 'nt'
              : URDU_ORG_HEADS_AFTER.has(w)
                ? 'oh'
                : URDU_ORG_HEADS_BEFORE.has(w)
                  ? 'ob'
                  : /^\p{L}/u.test(w)
                    ? 'w'
                    : 'punct',
  );
  // Name elements here and next door ("من موہن سنگھ"): '1' one, '' none.
  const names = words.map((w) => (URDU_NAME_PARTS.has(w) ? '1' : ''));
  // Given names and surnames from a published list, here and next door ("عاصم منیر").
  const given = words.map((w) => (URDU_GIVEN_NAMES.has(w) ? 'g' : ''));
  const skeletons = words.map((w, i) => (kinds[i] === 'w' ? skeletonKind(w) : ''));
  let sentenceStart = true;
  return tokens.map((token, i) => {
    const w = words[i]!;
    const f = [
      'b',
      `w=${w}`,
      `k=${kinds[i]}`,
      `m=${marks[i]}`,
      `p2=${w.slice(0, 2)}`,
      `p3=${w.slice(0, 3)}`,
      `x1=${w.slice(-1)}`,
      `x2=${w.slice(-2)}`,
      `x3=${w.slice(-3)}`,
      `len=${Math.min(w.length, 10)}`,
      `-1w=${at(words, i - 1)}`,
      `+1w=${at(words, i + 1)}`,
      `-2w=${at(words, i - 2)}`,
      `+2w=${at(words, i + 2)}`,
      `-1w0=${at(words, i - 1)}|${w}`,
      `+1w0=${w}|${at(words, i + 1)}`,
      `-1k=${at(kinds, i - 1)}|${kinds[i]}`,
      `+1k=${kinds[i]}|${at(kinds, i + 1)}`,
      `-2k=${at(kinds, i - 2)}|${at(kinds, i - 1)}`,
      `+2k=${at(kinds, i + 1)}|${at(kinds, i + 2)}`,
      `-1m=${at(marks, i - 1)}`,
      `+1m=${at(marks, i + 1)}`,
      `-2m=${at(marks, i - 2)}`,
      `st=${sentenceStart ? 1 : 0}`,
      `np=${names[i] ? 1 : 0}|${at(names, i - 1)}|${at(names, i + 1)}`,
      `sk=${skeletons[i]}|${at(skeletons, i - 1)}|${at(skeletons, i + 1)}`,
      `gn=${given[i]}|${at(given, i - 1)}|${at(given, i + 1)}`,
    ];
    sentenceStart = endsSentence(token);
    return f;
  });
}
