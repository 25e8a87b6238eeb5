import { isCalendarWord } from '../generic/calendar-names';
import {
  GEO_HEADS,
  KNOWN_ORGS,
  NAME_TITLES,
  NOT_ENTITIES,
  ORG_WORDS,
  PLACE_WORDS,
  RELIGION_WORDS,
  ROLE_TITLES,
} from '../en/english-lexicon';
import { wordKind } from '../en/english-word-tags';
import { caseFoldedNames, gazetteerFor } from '../generic/region-gazetteer';
import { endsSentence, type TaggerToken } from './tagger-tokens';

/** BIO tags over people, places and organisations; the order is the model file's. */
export const TAGS = ['O', 'B-person', 'I-person', 'B-place', 'I-place', 'B-organization', 'I-organization'] as const;
export type Tag = (typeof TAGS)[number];

const ROLE_WORDS = new Set(ROLE_TITLES.flatMap((title) => title.split(' ')));
let lowerPlaces: Set<string> | null = null;
let firstWords: Set<string> | null = null;
let placeTokens = 1;

function places(): Set<string> {
  if (!lowerPlaces) {
    lowerPlaces = caseFoldedNames('en');
    firstWords = new Set([...lowerPlaces, ...KNOWN_ORGS].map((name) => name.split(' ')[0]!));
    placeTokens = gazetteerFor('en').maxTokens;
  }
  return lowerPlaces;
}

/** Xxxx, XX, X.X., dd.d: letters by case, digits, other characters kept; runs of one class collapsed. */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last || !'Xxd'.includes(c)) out += c;
    last = c;
  }
  return out;
}

const foldQuotes = (text: string) =>
  text
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[–—]/g, '--');

const kindOf = (lower: string) => (/^[\p{L}-]+$/u.test(lower) ? wordKind(lower) : 'other');

/**
 * Marks the tokens inside a gazetteer place (country names from ICU and the paired place list), longest match first,
 * case-insensitive so headlines in capitals match too: 'B' first token, 'I' the rest, '' none.
 */
function gazetteerMarks(lowers: string[]): string[] {
  const names = places();
  const marks = lowers.map(() => '');
  for (let i = 0; i < lowers.length; i++) {
    if (!firstWords!.has(lowers[i]!)) continue;
    for (let n = Math.min(placeTokens, lowers.length - i); n >= 1; n--) {
      const phrase = lowers.slice(i, i + n).join(' ');
      if (!names.has(phrase) && !(n === 1 && KNOWN_ORGS.has(phrase))) continue;
      const flag = names.has(phrase) ? 'g' : 'o';
      for (let k = 0; k < n; k++) marks[i + k] = `${flag}${k === 0 ? 'B' : 'I'}${n > 1 ? 'm' : ''}`;
      i += n - 1;
      break;
    }
  }
  return marks;
}

/**
 * The tag-independent features of every token: word and lower-case form, shape, affixes, neighbouring words and shapes,
 * sentence position, whether the sentence is in capitals, and flags from the lexicons (compromise's word kinds, the
 * gazetteer, organisation heads, role titles, calendar words).
 */
export function englishFeatures(tokens: TaggerToken[]): string[][] {
  const lowers = tokens.map((t) => foldQuotes(t.text.toLowerCase()));
  const shapes = tokens.map((t) => wordShape(foldQuotes(t.text)));
  const kinds = lowers.map(kindOf);
  const marks = gazetteerMarks(lowers);
  const sentenceStart: boolean[] = [];
  const allCaps: boolean[] = [];
  let begin = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !endsSentence(tokens[i]!)) continue;
    const letters = tokens.slice(begin, i).filter((t) => /\p{L}{2}/u.test(t.text));
    const caps = letters.length >= 3 && letters.every((t) => !/\p{Ll}/u.test(t.text));
    for (let k = begin; k <= Math.min(i, tokens.length - 1); k++) {
      sentenceStart[k] = k === begin;
      allCaps[k] = caps;
    }
    begin = i + 1;
  }
  const at = (xs: string[], i: number) => (i < 0 ? '<s>' : i >= xs.length ? '</s>' : xs[i]!);
  // Runs of capitalised words: each token's place in its run and the run's length ("Shanghai Cooperation Organisation").
  const capital = tokens.map((t) => /^\p{Lu}/u.test(t.text));
  const runs: string[] = tokens.map(() => '');
  for (let i = 0; i < tokens.length; i++) {
    if (!capital[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && capital[j + 1]) j++;
    for (let k = i; k <= j; k++) runs[k] = `${Math.min(j - i + 1, 4)}:${k === i ? 'B' : k === j ? 'E' : 'M'}`;
    i = j;
  }
  return tokens.map((token, i) => {
    const w = token.text;
    const l = lowers[i]!;
    const caps = allCaps[i] ? 'C' : '';
    const shape = caps ? 'caps' : shapes[i]!;
    const f = [
      'b',
      `l=${l}`,
      `s=${shape}`,
      `k=${kinds[i]}`,
      `g=${marks[i]}`,
      `p1=${l.slice(0, 1)}`,
      `p2=${l.slice(0, 2)}`,
      `p3=${l.slice(0, 3)}`,
      `x1=${l.slice(-1)}`,
      `x2=${l.slice(-2)}`,
      `x3=${l.slice(-3)}`,
      `x4=${l.slice(-4)}`,
      `len=${Math.min(l.length, 12)}`,
      `-1l=${at(lowers, i - 1)}`,
      `+1l=${at(lowers, i + 1)}`,
      `-2l=${at(lowers, i - 2)}`,
      `+2l=${at(lowers, i + 2)}`,
      `-1l0=${at(lowers, i - 1)}|${l}`,
      `+1l0=${l}|${at(lowers, i + 1)}`,
      `-1s=${caps}${at(shapes, i - 1)}|${shape}`,
      `+1s=${caps}${shape}|${at(shapes, i + 1)}`,
      `-1k=${at(kinds, i - 1)}|${kinds[i]}`,
      `+1k=${kinds[i]}|${at(kinds, i + 1)}`,
      `-1g=${at(marks, i - 1)}`,
      `+1g=${at(marks, i + 1)}`,
      `st=${sentenceStart[i] ? 1 : 0}${caps}|${shape}`,
    ];
    if (!caps) {
      f.push(`w=${foldQuotes(w)}`, `stk=${sentenceStart[i] ? 1 : 0}|${kinds[i]}|${shape}`);
      if (runs[i]) f.push(`run=${runs[i]}`, `runk=${runs[i]}|${kinds[i]}|${sentenceStart[i] ? 1 : 0}`);
    }
    if (caps) f.push('caps', `capk=${kinds[i]}`);
    if (ORG_WORDS.has(l)) f.push('orgword');
    if (ORG_WORDS.has(at(lowers, i + 1)) || ORG_WORDS.has(at(lowers, i + 2))) f.push('orgword+');
    if (PLACE_WORDS.has(l)) f.push('placeword');
    if (GEO_HEADS.has(l)) f.push('geohead');
    if (GEO_HEADS.has(at(lowers, i + 1)) || GEO_HEADS.has(at(lowers, i + 2))) f.push('geohead+');
    if (ROLE_WORDS.has(l)) f.push('role');
    if (ROLE_WORDS.has(at(lowers, i - 1))) f.push('role-1');
    if (NAME_TITLES.has(l)) f.push('nametitle');
    if (NOT_ENTITIES.has(l)) f.push('notent');
    if (RELIGION_WORDS.has(l)) f.push('religion');
    if (isCalendarWord(l, 'en', { months: true })) f.push('calendar');
    return f;
  });
}

/** A one-word role title ("Mr", "Mr.", "President"): outside a person's span by the guidelines. */
export const isRoleTitle = (text: string) => ROLE_WORDS.has(text.toLowerCase().replace(/\.$/, ''));

/** Whether `tag` may follow `prev`: an I- tag only continues its own type. */
export function allowed(prev: Tag | 'O', tag: Tag): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev.slice(2) === tag.slice(2) && prev !== 'O';
}
