import { alternation, calendarNames } from '../generic/calendar-names';
import { WORD_END, WORD_RANGES } from '../generic/letter-classes';
import { ENGLISH_NUMBER_WORDS, ENGLISH_SCALES } from '../generic/number-words';
import type { Candidate } from '../types';
import { ENGLISH_UNITS } from '../generic/units';
import { PRIORITY } from '../priorities';
import { opensSentence } from './english-runs';

// Guidelines (the gold follows them):
// - date: weekdays, month names with a day and/or year ("October 16", "January 1, 2024", "February 2022"), a bare month
//   after in/since/by/until, a year after in/since/by/until/of/during, and ISO dates (1996-12-06). Relative dates
//   ("last year") are not dates.
// - number: digits with their currency, scale and unit ("Rs 1,200 billion", "8.5 percent", "$3 billion"); spelled-out
//   cardinals from three up, or any cardinal with a scale word ("six", "two million"); duration compounds ("one-day").
//   "the two leaders", "one-on-one", "two-state" and vague amounts ("hundreds of") are not numbers. A unit of measure,
//   money or score belongs to the span ("188 runs", "6 wickets", "100 basis points"); other counted nouns do not ("six
//   countries" → "six").
const cache = new Map<string, RegExp[]>();

function patterns(): RegExp[] {
  const hit = cache.get('en');
  if (hit) return hit;
  const { months, weekdays } = calendarNames('en');
  const long = months.map((forms) => forms[0]!);
  const short = months.flatMap((forms) => forms.slice(1)).filter((form) => !long.includes(form));
  const month = `(?:${alternation(long)}|(?:${alternation(short)})\\.?)`;
  const weekday = `(?:${alternation(weekdays.map((w) => w[0]!))})`;
  const day = '\\d{1,2}(?:st|nd|rd|th)?';
  const year = '(?:1[89]|20)\\d{2}';
  const words = alternation(Object.keys(ENGLISH_NUMBER_WORDS));
  const scale = `(?:${alternation(Object.keys(ENGLISH_SCALES))})`;
  const unit = `(?:${ENGLISH_UNITS.join('|')})`;
  const currency = '(?:Rs\\.? ?|PKR ?|USD ?|US\\$ ?|\\$|€|£)';
  const digits = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
  const list = [
    new RegExp(`\\b(?:${weekday},? )?${month} ${day}(?:,? ${year})?\\b`, 'g'),
    new RegExp(`\\b${day} ${month}(?:,? ${year})?\\b`, 'g'),
    new RegExp(`\\b${month} ${year}\\b`, 'g'),
    new RegExp(`\\b${weekday}\\b`, 'g'),
    new RegExp(`\\b${year}-[01]\\d-[0-3]\\d\\b`, 'g'),
    new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Ii]n early|[Ii]n late) )${month}\\b`, 'g'),
    new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Oo]f|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter) )${year}\\b`, 'g'),
    // Not the digits of a code ("COVID-19", "F-16").
    new RegExp(
      `(?<![${WORD_RANGES}.,])(?<![A-Za-z]-)${currency}?(?:${digits})(?:[ -]?${scale})*(?: ?${unit})?${WORD_END}`,
      'gi',
    ),
    new RegExp(`\\b(?:${words})(?:[ -](?:${words}|and))*(?: ${scale})*(?: ${unit})?\\b`, 'gi'),
    new RegExp(`\\b(?:${words})-(?:day|week|month|year|hour|minute)s?\\b`, 'gi'),
  ];
  cache.set('en', list);
  return list;
}

const VERB_UNIT = / ?(?:runs?|points?|seats?|votes?|goals?)$/i;
const DATE_PATTERNS = 7;
/** The index of the spelled-out cardinals pattern. */
const SPELLED = 8;

/**
 * Dates and numbers in English text, per the guidelines above. `headline` is the text with its headlines in Title Case
 * written in capitals (`titleCaseAsCapitals`), which the name finders read too.
 */
export function findEnglishDatesAndNumbers(text: string, headline: string): Candidate[] {
  const out: Candidate[] = [];
  patterns().forEach((pattern, index) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      let span = match[0].replace(/[ -]and$/i, '');
      // A count unit that is also a verb, after a number that ends a name, is the verb: "Gears of War 4 runs natively".
      if (/^\d/.test(span) && /\p{Lu}[\p{L}\p{M}]* $/u.test(text.slice(Math.max(0, start - 30), start))) {
        span = span.replace(VERB_UNIT, '');
      }
      const isDate = index < DATE_PATTERNS;
      if (!isDate && index === SPELLED && !spelledQuantity(span)) continue;
      if (!isDate && index === SPELLED && startsAName(text, start, span, headline)) continue;
      if (
        !isDate &&
        index === SPELLED &&
        /-(?:on|state)/i.test(text.slice(start + span.length, start + span.length + 6))
      )
        continue;
      out.push({
        start,
        end: start + span.length,
        type: isDate ? 'date' : 'number',
        priority: isDate ? PRIORITY.date : PRIORITY.number,
      });
    }
  });
  return out;
}

/**
 * A number word with a capital inside a sentence, before or among other capitalised words, opens a name: "Ninety Mile
 * Beach", "the Three Gorges Dam", "the Five Eyes". Not in a headline in Title Case ("Blast Kills Seven In Karachi"),
 * which `headline` (the text with such sentences in capitals) shows.
 */
function startsAName(text: string, start: number, span: string, headline: string): boolean {
  const end = start + span.length;
  return (
    /^\p{Lu}/u.test(span) &&
    !opensSentence(text, start) &&
    (/ \p{Lu}/u.test(span) || /^ \p{Lu}/u.test(text.slice(end))) &&
    headline.slice(start, end) === text.slice(start, end)
  );
}

/** A spelled-out quantity counts from three up, or with a scale word ("two million"). */
function spelledQuantity(span: string): boolean {
  const words = span.toLowerCase().split(/[ -]+/);
  if (words.some((w) => w in ENGLISH_SCALES)) return true;
  return words.some((w) => (ENGLISH_NUMBER_WORDS[w] ?? 0) >= 3);
}
