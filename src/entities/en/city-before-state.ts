import { isCalendarWord } from '../generic/calendar-names';
import { PRIORITY } from '../priorities';
import { NAME_TYPES, type Candidate } from '../types';
import { NOT_ENTITIES } from './english-lexicon';
import { CODE, isState } from './us-states';

// "Ashtabula, OH", "Humble, TX 77338", "12 Maple Court Holyoke, MA": the capitalised words right before a comma and a
// state's or province's abbreviation are a town, as addresses and datelines write it, even where the tagger knows
// nothing of them or read them with the street before them.

// Source: the street suffixes of USPS Publication 28 (Appendix C1) that English addresses write out in full or in
// their common abbreviations.
// prettier-ignore
const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'boulevard', 'blvd',
  'place', 'pl', 'way', 'terrace', 'circle', 'parkway', 'pkwy', 'highway', 'hwy', 'square', 'trail',
]);

// One to three capitalised words, a comma and a state, nothing of a word after it. Mixed case only: a text in capitals
// writes every word like an abbreviation ("SPRING, OR").
const TOWN_BEFORE_STATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])((?:\p{Lu}[\p{Ll}'’-]+ ){0,2}\p{Lu}[\p{Ll}'’-]+), ?(${CODE})(?![\p{L}\p{N}])`,
  'gu',
);

/** The town's words: after the last street word or word that is never a name ("In Chillicothe"); none by a date. */
function townWords(words: string[]): { town: string[]; street: boolean } {
  let first = 0;
  let street = false;
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    if (STREET_WORDS.has(lower)) [first, street] = [i + 1, true];
    else if (NOT_ENTITIES.has(lower)) [first, street] = [i + 1, false];
  });
  const town = words.slice(first);
  return { town: town.some((w) => isCalendarWord(w, 'en', { months: true })) ? [] : town, street };
}

/**
 * The towns before a state abbreviation: where no name covers the town's words, or a person or organisation the tagger
 * read ends there and holds a street word before them ("Maple Court Holyoke"), a place; that name is dropped. Not
 * where a name without a street word ends there ("Anna Kowalski, MD" is a doctor).
 */
export function townsBeforeStates(text: string, found: Candidate[]): { towns: Candidate[]; replaced: Candidate[] } {
  const towns: Candidate[] = [];
  const replaced: Candidate[] = [];
  for (const match of text.matchAll(TOWN_BEFORE_STATE)) {
    if (!isState(match[2]!)) continue;
    const words = match[1]!.split(' ');
    const { town, street } = townWords(words);
    if (town.length === 0) continue;
    const end = match.index + match[1]!.length;
    const start = end - town.join(' ').length;
    const names = found.filter((c) => NAME_TYPES.has(c.type) && c.start < end && start < c.end);
    if (names.length === 0) towns.push({ start, end, type: 'place', priority: PRIORITY.knownName });
    else if (street && names.length === 1 && names[0]!.end === end && names[0]!.start < start) {
      if (names[0]!.type === 'place') continue;
      towns.push({ start, end, type: 'place', priority: PRIORITY.knownName });
      replaced.push(names[0]!);
    }
  }
  return { towns, replaced };
}
