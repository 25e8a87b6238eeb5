import { alternation, calendarNames } from '../generic/calendar-names';
import { WORD_END, WORD_START } from '../generic/letter-classes';
import { normalizeUrdu } from './normalize-urdu';
import { URDU_NUMBER_WORDS, URDU_SCALES, URDU_SMALL_NUMBER_WORDS } from '../generic/number-words';
import { URDU_AMBIGUOUS_WEEKDAYS } from './urdu-lexicon';
import { URDU_UNITS } from '../generic/units';
import type { Candidate } from '../types';
import { PRIORITY } from '../priorities';

// Same guidelines as English (see find-english-dates-numbers.ts): weekday, day + month (+ year), month + year; digits with
// scale words (ہزار، لاکھ، کروڑ، ارب) and units (فیصد، روپے، ڈالر); cardinal words from three up or with a scale word;
// "ایک روزہ" (one-day) durations. ایک and دو alone are articles more often than numbers. Runs on normalised text.
let cached: RegExp[] | null = null;
const DATE_PATTERNS = 4;
const B = WORD_START;
const E = WORD_END;

function patterns(): RegExp[] {
  if (cached) return cached;
  const { months, weekdays } = calendarNames('ur');
  const month = `(?:${alternation(months.flat().map(normalizeUrdu))})`;
  const weekday = `(?:${alternation(weekdays.flat().map(normalizeUrdu))})`;
  const digit = '[0-9۰-۹٠-٩]';
  const digits = `${digit}+(?:[,٬]${digit}{3})*(?:[.٫]${digit}+)?`;
  const year = `(?:[12۱۲١٢]${digit}{3})`;
  const scale = `(?:${alternation(Object.keys(URDU_SCALES))})`;
  const unit = `(?:${alternation(URDU_UNITS.map(normalizeUrdu))})`;
  const big = `(?:${alternation(Object.keys(URDU_NUMBER_WORDS))})`;
  const small = `(?:${alternation(Object.keys(URDU_SMALL_NUMBER_WORDS))})`;
  cached = [
    new RegExp(`${B}(?:یکم|${digit}{1,2}) ${month}(?: ${year})?${E}`, 'g'),
    // Month + year also when glued to the previous word ("ہےفروری 2022"): the year makes it safe.
    new RegExp(`${month} ${year}${E}`, 'g'),
    new RegExp(`${B}${weekday}${E}`, 'g'),
    // A bare month or year before میں/سے/تک/کو, as English "in November", "since 1958".
    new RegExp(`${B}(?:${month}|${year})(?= (?:میں|سے|تک|کو)${E})`, 'g'),
    new RegExp(`${B}(?:\\$ ?)?${digits}(?: ${scale})*(?: ${unit})?${E}`, 'g'),
    new RegExp(`${B}(?:${big}|${small}(?= ${scale}))(?: ${scale})*(?: ${unit})?${E}`, 'g'),
    new RegExp(`${B}(?:${big}|${small}) روزہ${E}`, 'g'),
  ];
  return cached;
}

/** Dates and numbers in normalised Urdu text. */
export function findUrduDatesAndNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  patterns().forEach((pattern, index) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (index === 2 && URDU_AMBIGUOUS_WEEKDAYS.has(match[0]) && !text.startsWith(' کو', end)) continue;
      const isDate = index < DATE_PATTERNS;
      out.push({ start, end, type: isDate ? 'date' : 'number', priority: isDate ? PRIORITY.date : PRIORITY.number });
    }
  });
  return out;
}
