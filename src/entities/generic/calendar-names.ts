import { baseLanguage } from './base-language';

const cache = new Map<string, { months: string[][]; weekdays: string[][] }>();

// One formatter per width: building an Intl.DateTimeFormat loads locale data and costs far more than formatting.
function names(lang: string, option: 'month' | 'weekday', count: number, dateOf: (i: number) => Date): string[][] {
  const formats: Intl.DateTimeFormat[] = [];
  for (const width of ['long', 'short'] as const) {
    try {
      formats.push(new Intl.DateTimeFormat(lang, { [option]: width, timeZone: 'UTC' }));
    } catch {
      // An unknown language tag: no calendar names, the recogniser falls back to digits.
    }
  }
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const forms = new Set(formats.map((format) => format.format(dateOf(i)).replace(/\.$/, '')));
    out.push([...forms].filter((form) => form.length >= 3));
  }
  return out;
}

/** Month names (index 0 = January) and weekday names (index 0 = Monday) in `lang`, long and short forms. */
export function calendarNames(lang: string): { months: string[][]; weekdays: string[][] } {
  const base = baseLanguage(lang);
  const cached = cache.get(base);
  if (cached) return cached;
  const result = {
    months: names(base, 'month', 12, (i) => new Date(Date.UTC(2024, i, 15))),
    // 2024-01-01 was a Monday.
    weekdays: names(base, 'weekday', 7, (i) => new Date(Date.UTC(2024, 0, 1 + i))),
  };
  cache.set(base, result);
  return result;
}

const lowerSets = new Map<string, Set<string>>();

/**
 * Whether `word` (any case, a trailing full stop ignored) is a weekday name in `lang`, or with `months` also a month
 * name: one lower-cased set per language and choice, built on first use.
 */
export function isCalendarWord(word: string, lang: string, { months = false } = {}): boolean {
  const key = `${baseLanguage(lang)}|${months}`;
  let set = lowerSets.get(key);
  if (!set) {
    const names = calendarNames(lang);
    set = new Set([...names.weekdays.flat(), ...(months ? names.months.flat() : [])].map((w) => w.toLowerCase()));
    lowerSets.set(key, set);
  }
  return set.has(word.toLowerCase().replace(/\.$/, ''));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation matching any of the names, longest first so "Sept" does not shadow "September". */
export function alternation(list: string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
