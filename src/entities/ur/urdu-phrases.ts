import { calendarNames } from '../generic/calendar-names';
import type { Token } from '../generic/tokenize-words';
import { normalizeUrdu } from './normalize-urdu';
import { URDU_NAME_TITLES, URDU_ROLE_TITLES } from './urdu-lexicon';
import { URDU_RANK_TITLES } from './urdu-ranks';

/** The longest phrase (in tokens) the lexicons are matched on. */
export const MAX_PHRASE = 5;
let calendar: Set<string> | null = null;
/** Urdu month and weekday names, normalised: they end a name. */
export const calendarWords = () => {
  const { months, weekdays } = calendarNames('ur');
  calendar ??= new Set([...months.flat(), ...weekdays.flat()].map(normalizeUrdu));
  return calendar;
};
/** The most words a titled person's name runs to. */
export const MAX_NAME = 4;

/**
 * The token sequences a block is matched on: `phrase(i, n)` is n tokens from i joined by single spaces, built once per
 * start (the scan asks for the same phrases from names, titles and places); `spaced(i, n)` is true when only single
 * spaces separate them in the text.
 */
export function phraseTable(tokens: Token[]) {
  const cache: string[][] = [];
  const phrase = (i: number, n: number): string => {
    let row = cache[i];
    if (!row) {
      row = [];
      let text = '';
      for (let k = i; k < Math.min(tokens.length, i + MAX_PHRASE); k++)
        row.push((text += (k > i ? ' ' : '') + tokens[k]!.text));
      cache[i] = row;
    }
    return row[n - 1] ?? '';
  };
  const spaced = (i: number, n: number) => {
    for (let k = i + 1; k < i + n; k++) if (tokens[k]!.gap !== ' ') return false;
    return true;
  };
  return { phrase, spaced };
}

export type Phrases = ReturnType<typeof phraseTable>;

/** Longest title (role or name) starting at token i: [length, isNameTitle]; compounds match with or without the space. */
export function titleAt(tokens: Token[], phrases: Phrases, i: number): [number, boolean] {
  for (let n = 3; n >= 1; n--) {
    if (i + n > tokens.length) continue;
    const phrase = phrases.phrase(i, n);
    if (URDU_ROLE_TITLES.has(phrase) || (n > 1 && URDU_ROLE_TITLES.has(phrase.replace(/ /g, '')))) return [n, false];
    if (URDU_RANK_TITLES.has(phrase)) return [n, false];
    if (n === 1 && URDU_NAME_TITLES.has(phrase)) return [1, true];
  }
  return [0, false];
}

/** "اسرائیل-غزہ" is two names: Urdu joins place pairs with a hyphen where English writes "Israel-Gaza". */
export function splitHyphens(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => {
    if (!token.text.includes('-')) return [token];
    let offset = token.start;
    return token.text.split('-').map((part, k) => {
      const piece = { text: part, start: offset, end: offset + part.length, gap: k === 0 ? token.gap : '-' };
      offset += part.length + 1;
      return piece;
    });
  });
}
