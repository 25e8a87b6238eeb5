import { findUrduDatesAndNumbers } from './find-urdu-dates-numbers';
import { normalizeUrdu, normalizeUrduWithMap } from './normalize-urdu';
import { AMBIGUOUS_URDU_PLACES, URDU_PLACES_ONLY_AFTER } from '../generic/place-names';
import { gazetteerFor } from '../generic/region-gazetteer';
import { tokenizeWords, type Token } from '../generic/tokenize-words';
import { NAME_TYPES, type Candidate } from '../types';
import {
  URDU_EVERYDAY_HEADS,
  URDU_EVERYDAY_WORDS,
  URDU_GIVEN_NAMES,
  URDU_ORGS,
  URDU_PLACE_SUFFIX,
  URDU_RARE_PLACES,
  URDU_STOP_WORDS,
} from './urdu-lexicon';
import type { NameSource } from '../en/find-english-entities';
import { tagUrduNames } from '../model/urdu-tagger';
import { PRIORITY } from '../priorities';
import { namedAfterPerson, orgByHead, orgHeadAt } from './urdu-org-heads';
import { withTheophoricEnd } from './theophoric-names';
import { nameBeforeHonorific, withoutHonorific } from './honorific-suffix';
import { calendarWords, MAX_NAME, MAX_PHRASE, phraseTable, splitHyphens, titleAt, type Phrases } from './urdu-phrases';

function phraseType(tokens: Token[], phrases: Phrases, places: Map<string, string>, i: number, n: number) {
  if (n > 1 && !phrases.spaced(i, n)) return null;
  const phrase = phrases.phrase(i, n);
  if (URDU_ORGS.has(phrase)) return 'organization';
  if (!places.has(phrase)) return null;
  const previous = tokens[i - 1];
  const allowed = URDU_PLACES_ONLY_AFTER[phrase];
  if (allowed) return previous && allowed.includes(previous.text) ? 'place' : null;
  if (URDU_RARE_PLACES.has(phrase)) return null;
  const blockers = AMBIGUOUS_URDU_PLACES[phrase];
  if (blockers && previous && blockers.includes(previous.text)) return null;
  return 'place';
}

// The postpositions that follow a person as subject, object or owner (نے، کو، کے، کی، کا، سے).
const AFTER_PERSON = new Set(['نے', 'کو', 'کے', 'کی', 'کا', 'سے']);
// Endings of town names (ابراہیم پور، حیدر آباد، رام نگر) and of verbs' oblique infinitive (بھیجنے، دکھانے).
const PLACE_OR_VERB_ENDING = /(?:پور|آباد|گڑھ|نگر|نے)$/u;

/**
 * "شہباز شریف نے", "مریم نواز کو": a given name from the published lists and one or two more words that are no
 * everyday word, place or date, right before a postposition, is a person with no title to announce it.
 */
function givenNameRun(tokens: Token[], places: Map<string, string>, i: number): Candidate | null {
  const boundary = (word: string) => URDU_STOP_WORDS.has(word) || AFTER_PERSON.has(word);
  const previous = tokens[i - 1];
  // The run is the whole name: it starts a sentence or a clause, or follows a function word (not "سرسید احمد خان").
  if (!URDU_GIVEN_NAMES.has(tokens[i]!.text) || (previous && tokens[i]!.gap === ' ' && !boundary(previous.text)))
    return null;
  const plain = (word: string) =>
    !boundary(word) &&
    !URDU_EVERYDAY_WORDS.has(word) &&
    !calendarWords().has(word) &&
    !places.has(word) &&
    !PLACE_OR_VERB_ENDING.test(word) &&
    /^\p{L}+$/u.test(word);
  let end = i + 1;
  while (end < tokens.length && end - i < 3 && tokens[end]!.gap === ' ' && plain(tokens[end]!.text)) end++;
  const next = tokens[end];
  if (end - i < 2 || !next || !AFTER_PERSON.has(next.text)) return null;
  return { start: tokens[i]!.start, end: tokens[end - 1]!.end, type: 'person', priority: PRIORITY.knownName };
}

/** Names in normalised Urdu: titles + following words as people, gazetteer places, known organisations, Latin codes. */
function findNames(text: string): Candidate[] {
  const tokens = splitHyphens(tokenizeWords(text));
  const phrases = phraseTable(tokens);
  const places = gazetteerFor('ur').byName;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
      const type = phraseType(tokens, phrases, places, i, n);
      if (type) {
        out.push({ start: token.start, end: tokens[i + n - 1]!.end, type, priority: PRIORITY.knownName });
        break;
      }
    }
    // A place glued to the function word after it (ماسکوپہنچ: و does not join, so the space is easily left out), but
    // not a derived word (روسی، ایرانیوں) nor another word that starts like a place (پیروکار "follower", not Peru).
    for (let k = 3; k <= token.text.length - 2; k++) {
      const rest = token.text.slice(k);
      if (places.has(token.text.slice(0, k)) && !URDU_PLACE_SUFFIX.test(rest) && URDU_STOP_WORDS.has(rest)) {
        out.push({ start: token.start, end: token.start + k, type: 'place', priority: PRIORITY.guessedName });
      }
    }
    // A Latin code with digits (COP28) is a product or event; a Latin acronym alone says too little to type it.
    if (/^[A-Za-z]/.test(token.text) && /\d/.test(token.text)) {
      out.push({ start: token.start, end: token.end, type: 'other', priority: PRIORITY.ruleName });
    }
    const org = orgByHead(tokens, phrases, i);
    if (org) out.push(org);
    const named = givenNameRun(tokens, places, i);
    if (named) out.push(named);
    const respected = nameBeforeHonorific(tokens, phrases, places, i);
    if (respected) out.push(respected);
    const [titleLength, nameTitle] = titleAt(tokens, phrases, i);
    if (titleLength === 0) continue;
    const nameStart = nameTitle ? i : i + titleLength;
    let end = i + titleLength;
    let head = 0;
    while (end < tokens.length && end - nameStart < MAX_NAME && tokens[end]!.gap === ' ') {
      const word = tokens[end]!.text;
      const [nextTitle, isNameTitle] = titleAt(tokens, phrases, end);
      if (URDU_STOP_WORDS.has(word) || URDU_EVERYDAY_WORDS.has(word) || calendarWords().has(word) || places.has(word))
        break;
      if (/[\d۰-۹]/.test(word) || (nextTitle > 0 && !isNameTitle)) break;
      // A person's name ends before an organisation's head word ("میاں … پارٹی کے رہنما" is no name with پارٹی).
      head = orgHeadAt(phrases, end);
      if (head !== 0) break;
      end++;
    }
    const institution = nameTitle && end > i + titleLength ? namedAfterPerson(tokens, nameStart, end, head) : null;
    if (institution) out.push(institution);
    else if (end > i + titleLength) {
      out.push({
        start: tokens[nameStart]!.start,
        end: tokens[end - 1]!.end,
        type: 'person',
        priority: PRIORITY.knownName,
      });
    }
  }
  return out;
}

const isName = (c: Candidate) => NAME_TYPES.has(c.type);

/** A place name with a derivational ending (روسی Russian, ایرانیوں Iranians): an adjective or a people, not a name. */
export function isDemonym(word: string): boolean {
  const places = gazetteerFor('ur').byName;
  for (let k = Math.max(2, word.length - 3); k < word.length; k++) {
    if (places.has(word.slice(0, k)) && URDU_PLACE_SUFFIX.test(word.slice(k))) return true;
  }
  return false;
}

/** Where the role titles are (وزیر اعظم, صدر), in normalised text: no name is inside one. */
function titleRanges(text: string): [number, number][] {
  const tokens = splitHyphens(tokenizeWords(text));
  const phrases = phraseTable(tokens);
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [length, nameTitle] = titleAt(tokens, phrases, i);
    if (length === 0 || nameTitle) continue;
    out.push([tokens[i]!.start, tokens[i + length - 1]!.end]);
    i += length - 1;
  }
  return out;
}

/**
 * Every candidate in one Urdu block, with offsets into the original (unnormalised) text: dates, numbers and codes from
 * the patterns, people from titles, places and organisations from the gazetteer, the lexicon and head words; and names
 * from the trained tagger, which yields to all of these and finds nothing inside a title (an organisation whose
 * head word is an everyday noun stands only where the tagger also sees a name).
 */
export function findUrduEntities(original: string, names: NameSource = 'combined'): Candidate[] {
  const { text, map } = normalizeUrduWithMap(original);
  const found = [...findUrduDatesAndNumbers(text), ...findNames(text)];
  // map[end] is where the next kept character starts, so trailing diacritics (وسطیٰ) stay inside the span.
  const rules = found.map((c) => ({ ...c, start: map[c.start]!, end: map[c.end]! }));
  if (names === 'rules') return rules;
  const titles = titleRanges(text).map(([start, end]) => [map[start]!, map[end]!] as const);
  const tagged: Candidate[] = tagUrduNames(original)
    .filter((span) => !titles.some(([start, end]) => span.start < end && start < span.end))
    .filter((span) => {
      const word = normalizeUrdu(original.slice(span.start, span.end));
      return (
        !URDU_STOP_WORDS.has(word) && !isDemonym(word) && !/[\d۰-۹]/.test(word) && !(word in URDU_PLACES_ONLY_AFTER)
      );
    })
    .map((span) => ({ ...span, priority: PRIORITY.taggedUncased }));
  if (names === 'model') return [...rules.filter((c) => !isName(c)), ...tagged];
  // An organisation guessed from a head word that is also an everyday noun (دن آپ بورڈ "board", تحقیقی گروپ "group")
  // stands only where the tagger also sees a name; the rules' span then gives its edges.
  const guessedOrg = (c: Candidate) => {
    if (c.type !== 'organization') return false;
    const phrase = normalizeUrdu(original.slice(c.start, c.end));
    return (
      !URDU_ORGS.has(phrase) &&
      URDU_EVERYDAY_HEADS.has(phrase.split(' ').at(-1)!) &&
      !tagged.some((t) => t.start < c.end && c.start < t.end)
    );
  };
  const combined = [...rules.filter((c) => !guessedOrg(c)).map((c) => trimmedToTagger(c, tagged)), ...tagged];
  return withoutHonorific(original, withTheophoricEnd(original, combined));
}

/**
 * A person the rules read after a title runs on until a function word (لالہ سری رام قابل ذکر "Lala Sri Ram notable");
 * where the tagger reads a shorter person inside it, the name ends where the tagger's does.
 */
function trimmedToTagger(c: Candidate, tagged: Candidate[]): Candidate {
  if (c.type !== 'person') return c;
  const inside = tagged.filter((t) => t.type === 'person' && t.start >= c.start && t.end < c.end);
  return inside.length === 1 ? { ...c, end: inside[0]!.end } : c;
}
