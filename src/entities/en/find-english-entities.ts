import { classifyRun } from './classify-english-run';
import { wordKind } from './english-word-tags';
import { KNOWN_ORGS, NOT_ENTITIES, PLACE_MODIFIERS, PLACE_WORDS, ROLE_TITLES } from './english-lexicon';
import { capitalisedRuns } from './english-runs';
import { findEnglishDatesAndNumbers } from './find-english-dates-numbers';
import { tagEnglishNames } from '../model/english-tagger';
import { PRIORITY } from '../priorities';
import { gazetteerFor } from '../generic/region-gazetteer';
import type { Candidate } from '../types';

/** Who decides the spans and types of names: the rules, the trained tagger, or both (the product's choice). */
export type NameSource = 'rules' | 'model' | 'combined';

const isName = (c: Candidate) => c.type === 'person' || c.type === 'place' || c.type === 'organization';
const contains = (a: Candidate, b: Candidate) => a.start <= b.start && b.end <= a.end;
const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const TITLE_WORDS = new Set(ROLE_TITLES.flatMap((t) => t.split(' ')));
const endsWithTitle = (text: string) =>
  TITLE_WORDS.has(text.trim().split(/\s+/).pop()!.toLowerCase().replace(/\.$/, ''));
/** A lone function word ("Kingdom", "No."), or an era after a year ("500 BC"). */
const notAName = (text: string, c: Candidate) => {
  const word = text.slice(c.start, c.end);
  return (
    NOT_ENTITIES.has(word.toLowerCase().replace(/\.$/, '')) ||
    (/^(?:BC|AD|BCE|CE)$/.test(word) && /\d\s*$/.test(text.slice(0, c.start)))
  );
};
/**
 * "Twitter and Spotify", "Google or Apple": two names, unless the whole is a known place ("Trinidad and Tobago") or
 * an "of" name ("Ministry of Trade and Industry").
 */
function splitLists(text: string, c: Candidate): Candidate[] {
  const phrase = text.slice(c.start, c.end);
  const list = /^(\p{Lu}[^]*?) (?:and|or|&) (\p{Lu}[^]*)$/u.exec(phrase);
  if (!list || / of /.test(phrase) || gazetteerFor('en').byName.has(phrase) || KNOWN_ORGS.has(phrase.toLowerCase()))
    return [c];
  const second = c.end - list[2]!.length;
  return [
    { ...c, end: c.start + list[1]!.length },
    { ...c, start: second },
  ];
}
/** The words before the tagged part of a run are one capitalised compound ("China-Pakistan"), not a title or opener. */
const isRunHead = (text: string, run: Candidate, tagged: Candidate) =>
  /^\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)+ $/u.test(text.slice(run.start, tagged.start));
/** "Canadian Blood Services (CBS)": the acronym in brackets after a name is that name's type. */
function acronymsOf(text: string, names: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of names) {
    if (!isName(name)) continue;
    const after = /^ \((\p{Lu}[\p{Lu}\d&-]+)\)/u.exec(text.slice(name.end));
    if (after)
      out.push({ start: name.end + 2, end: name.end + 2 + after[1]!.length, type: name.type, priority: name.priority });
  }
  return out;
}

// A lone name that says something: "Seagal said", "says Pall." (reporting verbs of news).
const SPEAKER =
  /(?<![\p{L}\p{M}.'’-])(\p{Lu}\p{Ll}+)(?= (?:said|says|told|added|wrote|explained|warned|insisted)\b)|(?<=\b(?:said|says) )(\p{Lu}\p{Ll}+)(?=[.,])/gu;

/** The speaker of a reporting verb, when compromise does not know the word as an ordinary one. */
function speakers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(SPEAKER)) {
    const word = match[1] ?? match[2]!;
    const kind = wordKind(word);
    if ((kind !== 'unknown' && kind !== 'person-name') || NOT_ENTITIES.has(word.toLowerCase())) continue;
    const start = match.index;
    out.push({ start, end: start + word.length, type: 'person', priority: PRIORITY.guessedName });
  }
  return out;
}
const promote = (c: Candidate): Candidate => ({ ...c, priority: PRIORITY.taggedName });

/**
 * Every candidate span in one block of English text. Dates, numbers, quantities and codes come from the patterns and
 * rules; people, places and organisations from the tagger, with the rules' names from a lexicon, gazetteer or title
 * where the tagger found nothing, and the lexicon's type where it knows the whole span.
 */
export function findEnglishEntities(text: string, names: NameSource = 'combined'): Candidate[] {
  const out: Candidate[] = findEnglishDatesAndNumbers(text);
  const rules: Candidate[] = [];
  for (const run of capitalisedRuns(text)) classifyRun(run, rules);
  if (names === 'rules') return [...out, ...rules];
  const tagged: Candidate[] = tagEnglishNames(text).flatMap((span) =>
    splitLists(text, { ...span, priority: PRIORITY.taggedName }),
  );
  if (names === 'model') return [...out, ...rules.filter((c) => !isName(c)), ...tagged];
  const places = gazetteerFor('en').byName;
  for (const c of tagged) {
    // "Army Chief General Asim Munir", "Saudi Crown Prince Mohammed bin Salman": what comes after a role title is the
    // person the rules found there, and the title and what precedes it are not part of the name.
    const titled = rules.find(
      (r) => r.type === 'person' && r.start > c.start && r.end === c.end && endsWithTitle(text.slice(c.start, r.start)),
    );
    if (titled) {
      c.start = titled.start;
      c.type = 'person';
    }
    const phrase = text.slice(c.start, c.end);
    const first = phrase.split(' ')[0]!.toLowerCase();
    if (
      places.has(phrase) ||
      (c.type === 'organization' && PLACE_WORDS.has(first)) ||
      (c.type === 'person' && PLACE_MODIFIERS.has(first) && phrase.includes(' '))
    )
      c.type = 'place';
    else if (KNOWN_ORGS.has(phrase.toLowerCase())) c.type = 'organization';
  }
  // The rules' unexplained runs are noise in a headline in capitals ("REACH DEAL ON").
  const known = rules.filter(
    (c) =>
      (!isName(c) || c.priority >= PRIORITY.knownName) &&
      !(c.type === 'other' && c.priority === PRIORITY.weakGuess && !/\p{Ll}/u.test(text.slice(c.start, c.end))),
  );
  // A known phrase that holds the tagger's span keeps the rules' reading: "United Arab Emirates" over "United",
  // "Prince Mohammed" and "Mohammed bin Salman" over "Mohammed", "OPEC+" over "OPEC".
  // A run the tagger cut short on the left, leaving capitalised words outside ("China-Pakistan Economic Corridor"
  // tagged from "Economic"), keeps the rules' whole run, when no other tagged name is inside it.
  const cutShort = rules.filter((r) => {
    const inside = tagged.filter((t) => overlaps(r, t));
    return (
      inside.length === 1 && inside[0]!.end === r.end && inside[0]!.start > r.start && isRunHead(text, r, inside[0]!)
    );
  });
  const wider = [
    ...known.filter((k) => k.priority >= PRIORITY.knownName && tagged.some((t) => contains(k, t) && !contains(t, k))),
    ...cutShort,
  ];
  const kept = tagged.filter((t) => !wider.some((k) => overlaps(k, t)) && !notAName(text, t));
  const found = [...known.filter((k) => !wider.includes(k)), ...wider.map(promote), ...kept];
  return [...out, ...found, ...acronymsOf(text, found), ...speakers(text)];
}
