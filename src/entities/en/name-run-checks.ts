import {
  ARABIC_ORG_HEADS,
  GEO_HEADS,
  NAME_TITLES,
  NOT_ENTITIES,
  ORG_WORDS,
  PUBLICATION_HEADS,
} from './english-lexicon';
import { wordKind } from './english-word-tags';
import { NAME_WORDS_DATA } from './name-words-data';
import { PARTY_MEMBER } from './trim-tagged-span';
import { opensSentence } from './english-runs';
import { isRoleTitle } from '../model/tagger-features';
import { isLegalForm } from '../generic/legal-forms';
import { gazetteerFor } from '../generic/region-gazetteer';
import { sortedListHas } from '../generic/sorted-words';
import type { Candidate } from '../types';

// What a capitalised run or a tagged span is, judged by its words: a person's name, a team, an organisation the
// tagger cut short.

/** Two or three words: a first name compromise knows, then words that are no ordinary word and no head word. */
export function looksLikePersonName(phrase: string): boolean {
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
export function unknownWordsOnly(phrase: string): boolean {
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
export function placeAndPlural(phrase: string): boolean {
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
export function givenNamesLeftOut(text: string, run: Candidate, tagged: Candidate): boolean {
  if (run.type !== 'person' || tagged.type !== 'person') return false;
  // At a sentence's start a capital says nothing ("Cameraman James Miller"): only a given name compromise knows.
  const opening = opensSentence(text, run.start);
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
export function orgHeadLeftOut(text: string, run: Candidate, tagged: Candidate): boolean {
  if (run.type !== 'organization' || tagged.type === 'person' || tagged.start !== run.start) return false;
  const rest = text.slice(tagged.end, run.end).trim().split(' ');
  const last = rest[rest.length - 1]!.toLowerCase();
  return rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && (ORG_WORDS.has(last) || PUBLICATION_HEADS.has(last));
}

/** The rules' organisation is the tagger's two spans and the " on " between them ("Council on Foreign Relations"). */
export const onJoined = (text: string, run: Candidate, a: Candidate, b: Candidate) =>
  run.type === 'organization' &&
  a.start === run.start &&
  b.end === run.end &&
  text.slice(a.end, b.start) === ' on ' &&
  ORG_WORDS.has(text.slice(a.start, a.end).split(' ').at(-1)!.toLowerCase());
