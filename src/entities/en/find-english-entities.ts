import { classifyRun } from './classify-english-run';
import { joinCompanyNames } from './company-names';
import { splitAtOfficerTitle } from './corporate-titles';
import { KNOWN_ORGS, ORG_WORDS, PLACE_MODIFIERS, PLACE_WORDS, PUBLICATION_HEADS } from './english-lexicon';
import { capitalisedRuns } from './english-runs';
import { titleCaseAsCapitals } from './title-case';
import { wordKind } from './english-word-tags';
import { findEnglishDatesAndNumbers } from './find-english-dates-numbers';
import { acronymsOf, speakers } from './name-cues';
import { endsWithTitle, isEventName, isRunHead, notAName, splitLists, splitPossessive } from './tagged-name-checks';
import { tagEnglishNames } from '../model/english-tagger';
import { PRIORITY } from '../priorities';
import { isLegalForm } from '../generic/legal-forms';
import { gazetteerFor } from '../generic/region-gazetteer';
import { NAME_TYPES, type Candidate } from '../types';
import {
  givenNamesLeftOut,
  looksLikePersonName,
  onJoined,
  orgHeadLeftOut,
  placeAndPlural,
  unknownWordsOnly,
} from './name-run-checks';
import { trimTaggedSpan } from './trim-tagged-span';
import { namesAFeature } from './feature-names';
import { lowerCaseNames } from './lower-case-names';
import { uncapitalisedPlaces } from './uncapitalised-places';
import { statesAfterPlaces } from './us-states';
import { pronounUsAt } from './us-pronoun';
import { stateBodiesInCapitals } from './state-bodies';
import { agreeListTypes } from './list-types';
import { townsBeforeStates } from './city-before-state';

// Forms of address that only ever stand before a person's name, never inside a company's ("Mr Turnbull said").
// Source: English forms of address, with and without the full stop British and Pakistani English leave out.
const ADDRESS = /\b(?:Mr|Mrs|Ms|Miss|Messrs)\.?\s+$/;
const addressesAPerson = (before: string) => ADDRESS.test(before);

/** Who decides the spans and types of names: the rules, the trained tagger, or both (the product's choice). */
export type NameSource = 'rules' | 'model' | 'combined';

const isName = (c: Candidate) => NAME_TYPES.has(c.type);
const contains = (a: Candidate, b: Candidate) => a.start <= b.start && b.end <= a.end;
const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const promote = (c: Candidate): Candidate => ({ ...c, priority: PRIORITY.taggedName });
/**
 * Every candidate span in one block of English text. Dates, numbers, quantities and codes come from the patterns and
 * rules; people, places and organisations from the tagger, with the rules' names from a lexicon, gazetteer or title
 * where the tagger found nothing or less, the lexicon's type where it knows the whole span, and a few cues the tagger
 * misses (a speaker, a bracketed acronym).
 */
export function findEnglishEntities(original: string, names: NameSource = 'combined'): Candidate[] {
  // Names are read with Title Case headlines in capitals; offsets are the same.
  const text = titleCaseAsCapitals(original);
  const out: Candidate[] = findEnglishDatesAndNumbers(original, text);
  const rules: Candidate[] = [];
  for (const run of capitalisedRuns(text)) classifyRun(run, rules);
  rules.push(...lowerCaseNames(text), ...uncapitalisedPlaces(text));
  if (names === 'rules') return [...out, ...rules];
  const tagged: Candidate[] = stateBodiesInCapitals(
    text,
    joinCompanyNames(
      text,
      tagEnglishNames(text).flatMap((span) =>
        splitLists(text, { ...span, priority: PRIORITY.taggedName })
          .flatMap((c) => splitPossessive(text, c))
          .flatMap((c) => splitAtOfficerTitle(text, c)),
      ),
    ),
  );
  if (names === 'model') return [...out, ...rules.filter((c) => !isName(c)), ...tagged];
  const places = gazetteerFor('en').byName;
  // What the tagger read before titles are taken off its spans (for the dotted abbreviations below).
  const taggedAsRead = tagged.map((c) => ({ ...c }));
  for (const c of tagged) trimTaggedSpan(text, c);
  for (const c of tagged) {
    // "Army Chief General Asim Munir", "Saudi Crown Prince Mohammed bin Salman": what comes after a role title is the
    // person the rules found there, and the title and what precedes it are not part of the name.
    // Not where the tagger reads the title and one word as an organisation ("General Motors", "Justice First"), unless
    // that word is a given name ("Prophet Muhammad", "President Obama").
    const titled = rules.find(
      (r) =>
        r.type === 'person' &&
        r.start > c.start &&
        r.end === c.end &&
        endsWithTitle(text.slice(c.start, r.start)) &&
        !(
          c.type === 'organization' &&
          !text.slice(r.start, r.end).includes(' ') &&
          wordKind(text.slice(r.start, r.end)) !== 'person-name' &&
          !addressesAPerson(text.slice(c.start, r.start))
        ),
    );
    if (titled) {
      c.start = titled.start;
      c.type = 'person';
    }
    // A person the rules know by title or name title over exactly this span ("Prince Mohammed").
    if (
      rules.some(
        (r) => r.type === 'person' && r.priority >= PRIORITY.knownName && r.start === c.start && r.end === c.end,
      )
    )
      c.type = 'person';
    const phrase = text.slice(c.start, c.end);
    const first = phrase.split(' ')[0]!.toLowerCase();
    if (
      places.has(phrase) ||
      namesAFeature(phrase) ||
      (c.type === 'organization' && PLACE_WORDS.has(first)) ||
      (c.type === 'person' && PLACE_MODIFIERS.has(first) && phrase.includes(' '))
    )
      c.type = 'place';
    else if (
      KNOWN_ORGS.has(phrase.toLowerCase()) ||
      (!phrase.includes(' ') && wordKind(phrase) === 'organization') ||
      (phrase.includes(' ') && isLegalForm(phrase.slice(phrase.lastIndexOf(' ') + 1))) ||
      // "China Daily", "Gulf News": a place and a newspaper's last word is the newspaper.
      (c.type === 'place' &&
        phrase.includes(' ') &&
        PUBLICATION_HEADS.has(phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase()))
    )
      c.type = 'organization';
    else if (isEventName(phrase)) c.type = 'other';
    // A place and a plural is a team or a company ("Karachi Kings", "Chicago Bulls", "New York Times").
    else if (c.type !== 'organization' && placeAndPlural(phrase)) c.type = 'organization';
    // An "organisation" that is a known first name and a surname-like word is a person ("Tony Abbott’s office"), and so
    // is one of words nothing knows, unless "the" comes before it ("the Nihon Keizai daily") or a firm's ampersand
    // joins them ("Crane & Hollis").
    else if (
      c.type === 'organization' &&
      !phrase.includes(' & ') &&
      (looksLikePersonName(phrase) || (unknownWordsOnly(phrase) && !/\bthe\s+$/i.test(text.slice(0, c.start))))
    )
      c.type = 'person';
    // A "person" that ends in an organisation's head word is that organisation ("Dana F. Besecker Company").
    else if (
      c.type === 'person' &&
      phrase.includes(' ') &&
      ORG_WORDS.has(phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase())
    )
      c.type = 'organization';
  }
  // The rules' unexplained runs are noise in a headline in capitals ("REACH DEAL ON"). A dotted abbreviation the tagger
  // leaves out is a modifier ("U.S. officials", like "American officials"), not a name.
  const known = rules.filter(
    (c) =>
      (!isName(c) || c.priority >= PRIORITY.knownName) &&
      !(c.type === 'other' && c.priority === PRIORITY.weakGuess && !/\p{Ll}/u.test(text.slice(c.start, c.end))) &&
      !(DOTTED.test(text.slice(c.start, c.end)) && !taggedAsRead.some((t) => overlaps(c, t))),
  );
  // A run the tagger cut short, leaving capitalised words outside ("China-Pakistan Economic Corridor" tagged from
  // "Economic", "Punjab Police" tagged "Punjab"), keeps the rules' whole run, when no other tagged name is inside it.
  const cutShort = rules.filter((r) => {
    const inside = tagged.filter((t) => overlaps(r, t));
    // An organisation the tagger split at "on" ("Council" + "Foreign Relations"): the rules' run joined them.
    if (inside.length === 2) return onJoined(text, r, inside[0]!, inside[1]!);
    if (inside.length !== 1) return false;
    const t = inside[0]!;
    if (t.start === r.start && t.end < r.end) return orgHeadLeftOut(text, r, t);
    return t.end === r.end && t.start > r.start && (isRunHead(text, r, t) || givenNamesLeftOut(text, r, t));
  });
  // A known phrase that holds the tagger's span keeps the rules' reading: "United Arab Emirates" over "United",
  // "Prince Mohammed" and "Mohammed bin Salman" over "Mohammed", "OPEC+" over "OPEC".
  const wider = [
    ...known.filter((k) => k.priority >= PRIORITY.knownName && tagged.some((t) => contains(k, t) && !contains(t, k))),
    ...cutShort,
  ];
  const kept = tagged.filter((t) => !wider.some((k) => overlaps(k, t)) && !notAName(text, t));
  const found = [...known.filter((k) => !wider.includes(k)), ...wider.map(promote), ...kept];
  // A town before a state ("Ashtabula, OH") is a place, and so is the state after it ("Holyoke, MA 01040"), whatever
  // the tagger read there.
  const { towns, replaced } = townsBeforeStates(text, found);
  const placed = [...found.filter((f) => !replaced.includes(f)), ...towns];
  const states = statesAfterPlaces(text, placed);
  // "Let Us Know", "LET US KNOW": the pronoun, not the United States, whatever the tagger read there.
  const pronouns = pronounUsAt(original);
  const named = placed.filter(
    (f) => !states.some((s) => overlaps(s, f)) && !(pronouns.has(f.start) && f.end === f.start + 2 && isName(f)),
  );
  // The names of one enumeration are of one kind ("San Jose, Palo Alto and San Francisco").
  agreeListTypes(text, named);
  return [...out, ...named, ...states, ...acronymsOf(text, found), ...speakers(text)];
}
