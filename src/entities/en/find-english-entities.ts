import { classifyRun } from './classify-english-run';
import {
  ARABIC_ORG_HEADS,
  GEO_HEADS,
  KNOWN_ORGS,
  NAME_TITLES,
  NOT_ENTITIES,
  ORG_WORDS,
  PLACE_MODIFIERS,
  PLACE_WORDS,
  PUBLICATION_HEADS,
  ROLE_TITLES,
} from './english-lexicon';
import { capitalisedRuns } from './english-runs';
import { titleCaseAsCapitals } from './title-case';
import { wordKind } from './english-word-tags';
import { findEnglishDatesAndNumbers } from './find-english-dates-numbers';
import { acronymsOf, speakers } from './name-cues';
import { endsWithTitle, isEventName, isRunHead, notAName, splitLists, splitPossessive } from './tagged-name-checks';
import { tagEnglishNames } from '../model/english-tagger';
import { isRoleTitle } from '../model/tagger-features';
import { PRIORITY } from '../priorities';
import { isLegalForm } from '../generic/legal-forms';
import { gazetteerFor } from '../generic/region-gazetteer';
import { NAME_TYPES, type Candidate } from '../types';
import { sortedListHas } from '../generic/sorted-words';
import { NAME_WORDS_DATA } from './name-words-data';

/** Who decides the spans and types of names: the rules, the trained tagger, or both (the product's choice). */
export type NameSource = 'rules' | 'model' | 'combined';

const isName = (c: Candidate) => NAME_TYPES.has(c.type);
const contains = (a: Candidate, b: Candidate) => a.start <= b.start && b.end <= a.end;
const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const promote = (c: Candidate): Candidate => ({ ...c, priority: PRIORITY.taggedName });
/** What the four characters before a sentence's first word look like: nothing, or an end mark and a space. */
const SENTENCE_START = /^\s*["“‘(]?\s*$|[.!?:]["”’)]?\s+["“‘(]?$/;

/**
 * A verb that opens a sentence is not part of the name after it ("See Facebook's policy", "Get New York Today"): the
 * tagged span starts at the name when its first word is an ordinary word and the rest is a name the lexicons know.
 */
function trimSentenceVerb(text: string, c: Candidate): void {
  const phrase = text.slice(c.start, c.end);
  const cut = phrase.indexOf(' ');
  if (cut < 0 || !SENTENCE_START.test(text.slice(Math.max(0, c.start - 4), c.start))) return;
  const first = phrase.slice(0, cut);
  const rest = phrase.slice(cut + 1);
  const places = gazetteerFor('en').byName;
  if (wordKind(first) !== 'common' || PLACE_MODIFIERS.has(first.toLowerCase()) || ORG_WORDS.has(first.toLowerCase()))
    return;
  if (places.has(phrase) || KNOWN_ORGS.has(phrase.toLowerCase())) return;
  const known =
    places.has(rest) ||
    KNOWN_ORGS.has(rest.toLowerCase()) ||
    (!rest.includes(' ') && ['organization', 'place', 'person-name'].includes(wordKind(rest)));
  if (known) c.start += cut + 1;
}

// A member of a party after the place a politician represents ("a Virginia Democrat", "a Texas Republican"): the place
// is the name. Source: the party-member nouns of US and British political reporting.
const PARTY_MEMBER = / (?:Democrats?|Republicans?|Conservatives?|Liberals?)$/;

/** A place and a party member ("Virginia Democrat") names the place only, when the gazetteer or compromise knows it. */
function trimPartyMember(text: string, c: Candidate): void {
  const member = PARTY_MEMBER.exec(text.slice(c.start, c.end));
  const place = member ? text.slice(c.start, c.end - member[0].length) : '';
  if (!member || !(gazetteerFor('en').byName.has(place) || wordKind(place) === 'place')) return;
  c.end -= member[0].length;
  c.type = 'place';
}

const ONE_WORD_TITLES = new Set(ROLE_TITLES.filter((t) => !t.includes(' ')));

/**
 * A body and its officer's title ("U.N. Secretary-General", "NATO Secretary-General") name the body: the tagged
 * organisation ends before the title when what precedes it is a known organisation, an acronym or a place.
 */
function trimTrailingTitle(text: string, c: Candidate): void {
  if (c.type !== 'organization') return;
  const phrase = text.slice(c.start, c.end);
  const cut = phrase.lastIndexOf(' ');
  if (cut < 0 || !ONE_WORD_TITLES.has(phrase.slice(cut + 1).toLowerCase())) return;
  const body = phrase.slice(0, cut);
  const known =
    KNOWN_ORGS.has(body.toLowerCase()) ||
    KNOWN_ORGS.has(body.replace(/\./g, '').toLowerCase()) ||
    /^(?:\p{Lu}\.?){2,}$/u.test(body) ||
    gazetteerFor('en').byName.has(body);
  if (known) c.end = c.start + cut;
}

/** Two or three words: a first name compromise knows, then words that are no ordinary word and no head word. */
function looksLikePersonName(phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.length < 2 || words.length > 3 || wordKind(words[0]!) !== 'person-name') return false;
  return words.slice(1).every((w) => {
    const kind = wordKind(w);
    return (
      /^\p{Lu}\p{Ll}/u.test(w) &&
      (kind === 'unknown' || kind === 'person-name') &&
      !ORG_WORDS.has(w.toLowerCase()) &&
      !looksPlural(w)
    );
  });
}

/**
 * Two to four capitalised words that neither the lexicons nor the tagger's training text know as parts of other names
 * ("Asim Munir", "Shehbaz Sharif"): the tagger's organisation there rests on context alone, and such a run is a
 * person's name far more often (two unknown words in GMB: 1,562 people, 515 organisations). Not with a head word, a
 * legal form, a plural, a gazetteer place or a word that stands inside GMB's organisations and places
 * (name-words-data.ts: "Museum", "Panel", "Kabul").
 */
function unknownWordsOnly(phrase: string): boolean {
  const words = phrase.split(' ');
  // An Arabic surname after the first word keeps its article ("Ayman al-Zawahiri"); the name is the word after it.
  const bare = words.map((w, k) => (k > 0 ? w.replace(ARABIC_ARTICLE, '') : w));
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    bare.every(
      (w) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        ['unknown', 'person-name'].includes(wordKind(w)) &&
        !isLegalForm(w) &&
        !looksPlural(w) &&
        !ARABIC_ORG_HEADS.has(w.toLowerCase()) &&
        !partOfOtherNames(w),
    )
  );
}

const ARABIC_ARTICLE = /^(?:al|el|ul|ud)-(?=\p{Lu})/u;

/** A head word of organisations, a word that stands inside other names ("Museum", "Kabul") or a gazetteer place. */
const partOfOtherNames = (word: string) =>
  ORG_WORDS.has(word.toLowerCase()) ||
  sortedListHas(NAME_WORDS_DATA, word.toLowerCase()) ||
  gazetteerFor('en').byName.has(word);

/**
 * "Rockets", "Warriors": a plural names a team or a group, not a person ("Houston Rockets"). Surnames that end in -s
 * (Adams, Jones, Rogers) are names compromise knows, so an unknown word that looks plural is no surname.
 */
const looksPlural = (word: string) => /[^s']s$/.test(word) && wordKind(word) !== 'person-name';

/** "Karachi Kings", "Los Angeles Lakers": a gazetteer place, then a capitalised plural that is no geographic term. */
function placeAndPlural(phrase: string): boolean {
  const cut = phrase.lastIndexOf(' ');
  const last = phrase.slice(cut + 1);
  return (
    cut > 0 &&
    /^\p{Lu}\p{Ll}/u.test(last) &&
    looksPlural(last) &&
    !GEO_HEADS.has(last.toLowerCase()) &&
    gazetteerFor('en').byName.has(phrase.slice(0, cut)) &&
    !gazetteerFor('en').byName.has(phrase)
  );
}

/**
 * A person the tagger starts one word late ("Asif Ali Zardari" tagged "Ali Zardari"): the rules' person run keeps the
 * word before, when that word is one nothing knows as a title, an ordinary word, a place or a head word.
 */
function givenNamesLeftOut(text: string, run: Candidate, tagged: Candidate): boolean {
  if (run.type !== 'person' || tagged.type !== 'person') return false;
  // At a sentence's start a capital says nothing ("Cameraman James Miller"): only a given name compromise knows.
  const opening = SENTENCE_START.test(text.slice(Math.max(0, run.start - 4), run.start));
  return text
    .slice(run.start, tagged.start)
    .trim()
    .split(' ')
    .every((w) => {
      const lower = w.toLowerCase();
      const kind = wordKind(w);
      return (
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        (kind === 'person-name' || (kind === 'unknown' && !opening)) &&
        !isRoleTitle(w) &&
        !NAME_TITLES.has(lower) &&
        !NOT_ENTITIES.has(lower) &&
        !PARTY_MEMBER.test(` ${w}`) &&
        !partOfOtherNames(w)
      );
    });
}

/**
 * A place the tagger ends before the head word of an organisation's name ("Punjab Police", "Sindh Assembly") or a
 * newspaper's last word ("Russia Today", "USA Today"): the rules' organisation over the whole run, when every word
 * after the place is capitalised and the last is such a word.
 */
function orgHeadLeftOut(text: string, run: Candidate, tagged: Candidate): boolean {
  if (run.type !== 'organization' || tagged.type === 'person' || tagged.start !== run.start) return false;
  const rest = text.slice(tagged.end, run.end).trim().split(' ');
  const last = rest[rest.length - 1]!.toLowerCase();
  return rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && (ORG_WORDS.has(last) || PUBLICATION_HEADS.has(last));
}

/** The rules' organisation is the tagger's two spans and the " on " between them ("Council on Foreign Relations"). */
const onJoined = (text: string, run: Candidate, a: Candidate, b: Candidate) =>
  run.type === 'organization' &&
  a.start === run.start &&
  b.end === run.end &&
  text.slice(a.end, b.start) === ' on ' &&
  ORG_WORDS.has(text.slice(a.start, a.end).split(' ').at(-1)!.toLowerCase());

/**
 * Every candidate span in one block of English text. Dates, numbers, quantities and codes come from the patterns and
 * rules; people, places and organisations from the tagger, with the rules' names from a lexicon, gazetteer or title
 * where the tagger found nothing or less, the lexicon's type where it knows the whole span, and a few cues the tagger
 * misses (a speaker, a bracketed acronym).
 */
export function findEnglishEntities(original: string, names: NameSource = 'combined'): Candidate[] {
  const out: Candidate[] = findEnglishDatesAndNumbers(original);
  // Names are read with Title Case headlines in capitals; offsets are the same.
  const text = titleCaseAsCapitals(original);
  const rules: Candidate[] = [];
  for (const run of capitalisedRuns(text)) classifyRun(run, rules);
  if (names === 'rules') return [...out, ...rules];
  const tagged: Candidate[] = tagEnglishNames(text).flatMap((span) =>
    splitLists(text, { ...span, priority: PRIORITY.taggedName }).flatMap((c) => splitPossessive(text, c)),
  );
  if (names === 'model') return [...out, ...rules.filter((c) => !isName(c)), ...tagged];
  const places = gazetteerFor('en').byName;
  // What the tagger read before titles are taken off its spans (for the dotted abbreviations below).
  const taggedAsRead = tagged.map((c) => ({ ...c }));
  for (const c of tagged) {
    trimSentenceVerb(text, c);
    trimPartyMember(text, c);
    trimTrailingTitle(text, c);
  }
  for (const c of tagged) {
    // "Army Chief General Asim Munir", "Saudi Crown Prince Mohammed bin Salman": what comes after a role title is the
    // person the rules found there, and the title and what precedes it are not part of the name.
    // Not where the tagger reads the title and one word as an organisation ("General Motors", "Justice First").
    const titled = rules.find(
      (r) =>
        r.type === 'person' &&
        r.start > c.start &&
        r.end === c.end &&
        endsWithTitle(text.slice(c.start, r.start)) &&
        !(c.type === 'organization' && !text.slice(r.start, r.end).includes(' ')),
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
    // is one of words nothing knows, unless "the" comes before it ("the Nihon Keizai daily").
    else if (
      c.type === 'organization' &&
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
  return [...out, ...found, ...acronymsOf(text, found), ...speakers(text)];
}
