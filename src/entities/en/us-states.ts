import { PRIORITY } from '../priorities';
import type { Candidate } from '../types';

// A US state or Canadian province written after a city and a comma, as addresses and AP datelines write it ("Raleigh,
// NC", "Kearny, N.J.", "Springfield, Ill.", "Kingston, Ont."): the abbreviation is a place of its own, which neither the
// tagger nor the gazetteer reads.

// Source: the USPS two-letter state and District of Columbia codes.
// prettier-ignore
const POSTAL_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
]);

// Source: the AP Stylebook's state abbreviations for datelines, and D.C.
// prettier-ignore
const AP_ABBREVIATIONS = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
  'D.C.',
]);

// Source: Canada Post's two-letter province and territory codes, and the Canadian Press Stylebook's abbreviations of
// the provinces for datelines ("Kingston, Ont.", "Red Deer, Alta.").
// prettier-ignore
const CANADIAN_PROVINCES = new Set([
  'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT',
  'Alta.', 'B.C.', 'Man.', 'N.B.', 'N.L.', 'Nfld.', 'N.S.', 'Ont.', 'P.E.I.', 'Que.', 'Sask.',
]);

// How a state abbreviation is written: "N.J.", "Calif.", "W.Va.", "NJ".
export const CODE = String.raw`(?:\p{Lu}\.)*\p{Lu}\p{Ll}{0,3}\.|\p{Lu}{2}`;

// A comma, at most one space, and an abbreviation not followed by a letter or digit.
const AFTER_COMMA = new RegExp(`^, ?(${CODE})(?![\\p{L}\\p{N}])`, 'u');

// A capitalised word, a comma and a state before a ZIP code: an address ("Holyoke, MA 01040", "Manchester, N.J. 08759").
const BEFORE_ZIP = new RegExp(`\\p{Lu}[\\p{L}.-]*, ?(${CODE}) \\d{5}(?:-\\d{4})?\\b`, 'gu');

export const isState = (code: string) =>
  POSTAL_CODES.has(code) || AP_ABBREVIATIONS.has(code) || CANADIAN_PROVINCES.has(code);
const place = (start: number, code: string): Candidate => ({
  start,
  end: start + code.length,
  type: 'place',
  priority: PRIORITY.knownName,
});

/**
 * The state abbreviations right after a place in mixed-case text or in an address before a ZIP code. Not after a
 * person ("Harry Preuss, MD" is a doctor).
 */
export function statesAfterPlaces(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'place' || !/\p{Ll}/u.test(text.slice(c.start, c.end))) continue;
    const match = AFTER_COMMA.exec(text.slice(c.end));
    const code = match?.[1];
    if (code && isState(code)) out.push(place(c.end + match[0].length - code.length, code));
  }
  for (const match of text.matchAll(BEFORE_ZIP)) {
    const code = match[1]!;
    const start = match.index + match[0].indexOf(`${code} `, match[0].indexOf(','));
    if (isState(code) && !out.some((c) => c.start === start)) out.push(place(start, code));
  }
  return out;
}
