import type { Candidate } from '../types';

// Web and mail addresses in running text: "http://www.stanford.edu/~duffie/", "www.dawn.com", "name@example.org".
// A bare domain counts only in lower case: "Amazon.com" is also how a company writes its name.
const ADDRESS =
  /\b(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?<![\p{L}\p{N}.-])[\p{Ll}\p{N}][\p{Ll}\p{N}-]*(?:\.[\p{Ll}\p{N}-]+)*\.(?:com|org|net|edu|gov|pk|in|uk|io)\b(?:\/[^\s<>"“”]*)?/gu;

/** The [start, end) ranges of the web and mail addresses in a text. */
function webAddressRanges(text: string): [number, number][] {
  if (!/[.@]/.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].replace(/[.,;:!?)]+$/, '').length]);
}

/** A reference mark in brackets after a word ("donated US$1,000[23] in 2008"): a footnote, not a number. */
const isCitationMark = (text: string, c: Candidate) =>
  c.type === 'number' &&
  text[c.start - 1] === '[' &&
  text[c.end] === ']' &&
  /^\d{1,3}$/.test(text.slice(c.start, c.end));

/** The candidates that stand in prose: none inside a web or mail address, and no footnote mark. */
export function inProse(text: string, candidates: Candidate[]): Candidate[] {
  const addresses = webAddressRanges(text);
  return candidates.filter(
    (c) => !addresses.some(([start, end]) => c.start < end && start < c.end) && !isCitationMark(text, c),
  );
}
