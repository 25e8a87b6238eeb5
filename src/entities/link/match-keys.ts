import { calendarNames } from '../generic/calendar-names';
import { consonantSkeleton, skeletonsMatch } from './consonant-skeleton';
import { NAME_TITLES } from '../en/english-lexicon';
import { normalizeUrdu } from '../ur/normalize-urdu';
import { parseDigits, quantityValue } from '../generic/number-words';
import { foldName, gazetteerFor } from '../generic/region-gazetteer';
import type { EntityType } from '../types';
import { URDU_NAME_TITLES } from '../ur/urdu-lexicon';
import { memoByText } from '../generic/memo-by-text';
import { orgNamesMatch } from './org-names-match';

export interface DateKey {
  month?: number;
  day?: number;
  year?: number;
  weekday?: number;
}

/** Calendar fields a date expression names, in any language whose month and weekday names ICU knows. */
export const dateKey = memoByText(computeDateKey);

function computeDateKey(text: string, lang: string): DateKey {
  const folded = normalizeUrdu(text).toLowerCase();
  const key: DateKey = {};
  const { months, weekdays } = calendarNames(lang);
  const find = (lists: string[][]) => {
    let best = -1;
    let bestLength = 0;
    lists.forEach((forms, index) =>
      forms.forEach((form) => {
        const f = normalizeUrdu(form).toLowerCase();
        if (f.length > bestLength && folded.includes(f)) [best, bestLength] = [index, f.length];
      }),
    );
    return best;
  };
  const month = find(months);
  const weekday = find(weekdays);
  if (month >= 0) key.month = month;
  if (weekday >= 0) key.weekday = weekday;
  for (const match of folded.matchAll(/[0-9۰-۹٠-٩]+/g)) {
    const value = parseDigits(match[0])!;
    if (match[0].length === 4) key.year = value;
    else if (value >= 1 && value <= 31) key.day = value;
  }
  if (/یکم/.test(folded)) key.day = 1;
  return key;
}

export function datesMatch(a: DateKey, b: DateKey): boolean {
  const fields = ['month', 'day', 'year', 'weekday'] as const;
  const shared = fields.filter((f) => a[f] !== undefined && b[f] !== undefined);
  return (
    shared.length > 0 &&
    shared.every((f) => a[f] === b[f]) &&
    fields.every((f) => (a[f] === undefined) === (b[f] === undefined))
  );
}

const skeletonOfName = memoByText((text) => {
  const words = normalizeUrdu(text)
    .replace(/['’]s$/, '')
    .split(/\s+/);
  const first = words[0]!;
  const titled = words.length > 1 && (NAME_TITLES.has(first.toLowerCase()) || URDU_NAME_TITLES.has(first));
  return consonantSkeleton((titled ? words.slice(1) : words).join(' '));
});

/** Skeleton of a name without a leading name title, so "Prince Mohammed" and "شہزادہ محمد" both give "md". */
export function nameSkeleton(text: string): string {
  return skeletonOfName(text, '');
}

/** The gazetteer key (ISO region code or city key) a place name has in its language. */
export const placeKey = memoByText((text: string, lang: string): string | undefined =>
  gazetteerFor(lang).byName.get(foldName(text.replace(/^the\s+/i, ''), lang)),
);

const valueOf = memoByText((text) => quantityValue(normalizeUrdu(text)));

/** Whether a source span and a target span name the same thing, by the evidence their type allows. */
export function spansMatch(
  type: EntityType,
  target: string,
  targetLang: string,
  source: string,
  sourceLang: string,
  sourceType: EntityType,
): boolean {
  if (type === 'place' || sourceType === 'place') {
    const key = placeKey(target, targetLang);
    return type === sourceType && key !== undefined && key === placeKey(source, sourceLang);
  }
  if (type === 'date' || sourceType === 'date') {
    return type === sourceType && datesMatch(dateKey(target, targetLang), dateKey(source, sourceLang));
  }
  if (type === 'number' || sourceType === 'number') {
    const value = valueOf(target, targetLang);
    return type === sourceType && value !== null && value === valueOf(source, sourceLang);
  }
  if (target.toLowerCase() === source.toLowerCase() || skeletonsMatch(nameSkeleton(target), nameSkeleton(source))) {
    return true;
  }
  // Organisation names are often translated word by word rather than transliterated (شنگھائی تعاون تنظیم).
  const named = (t: EntityType) => t === 'organization' || t === 'other';
  return named(type) && named(sourceType) && orgNamesMatch(target, source);
}
