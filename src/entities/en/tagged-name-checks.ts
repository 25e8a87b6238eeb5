import {
  BLESSINGS,
  COMMON_ACRONYMS,
  EVENT_HEADS,
  HOLIDAYS,
  KNOWN_ORGS,
  NOT_ENTITIES,
  ORG_WORDS,
  RELIGION_WORDS,
  TITLES_BEFORE_NAMES,
} from './english-lexicon';
import { gazetteerFor } from '../generic/region-gazetteer';
import type { Candidate } from '../types';
import { isLanguageName } from './language-names';
import { isJudgementPhrase } from './judgement-phrases';
import { isPeopleOfPlace } from './people-of-places';
import { wordKind } from './english-word-tags';

const TITLE_WORDS = new Set(TITLES_BEFORE_NAMES.flatMap((t) => t.split(' ')));
const ONE_WORD_TITLES = new Set(TITLES_BEFORE_NAMES.filter((t) => !t.includes(' ')));

/** Whether the text ends with a role title word ("… Crown Prince ", "… General "). */
export const endsWithTitle = (text: string) =>
  TITLE_WORDS.has(text.trim().split(/\s+/).pop()!.toLowerCase().replace(/\.$/, ''));

/**
 * Ordinary words and titles ending in a title, "Supreme Leader", "Holy Prophet", "Supreme Leader Ayatollah": how news
 * refers to someone, not a name. Not with an organisation's head word ("State Bank Governor").
 */
function titleOnly(phrase: string): boolean {
  const words = phrase.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  return (
    words.length >= 2 &&
    ONE_WORD_TITLES.has(lower.at(-1)!) &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    lower.every((w) => TITLE_WORDS.has(w) || (wordKind(w) === 'common' && !ORG_WORDS.has(w)))
  );
}

/**
 * A lone function word ("Kingdom", "No.", not the acronym "WHO"), a religion ("Islam", "Sunni Muslims"), a language
 * ("Urdu"), a title without a name ("Supreme Leader"), praise of ordinary things read as a firm ("Great Service"), the
 * people of a place ("New Yorkers"), a lone name after "the" ("the Bill"), a blessing in brackets ("(PBUH)"), or an era
 * after a year ("500 BC").
 */
export function notAName(text: string, c: Candidate): boolean {
  const word = text.slice(c.start, c.end);
  // "WHO", "IT" in a sentence in lower case are acronyms, not the function words.
  const acronym = /^\p{Lu}{2,}$/u.test(word) && /\p{Ll}/u.test(text);
  return (
    (!acronym && NOT_ENTITIES.has(word.toLowerCase().replace(/\.$/, ''))) ||
    isReligion(word) ||
    isLanguageName(word) ||
    titleOnly(word) ||
    (c.type === 'organization' && isJudgementPhrase(word)) ||
    isPeopleOfPlace(word) ||
    loneNameAfterThe(text, c) ||
    (BLESSINGS.has(word.toLowerCase()) && /\(\s*$/.test(text.slice(0, c.start)) && /^\s*\)/.test(text.slice(c.end))) ||
    HOLIDAYS.has(word.toLowerCase()) ||
    COMMON_ACRONYMS.has(word.toLowerCase()) ||
    (/^(?:BC|AD|BCE|CE)$/.test(word) && /\d\s*$/.test(text.slice(0, c.start)))
  );
}

// What follows a noun phrase that ends there: punctuation, or an auxiliary, preposition or conjunction.
// Source: English grammar's auxiliaries and modals, and its most frequent prepositions and conjunctions.
const AFTER_NOUN_PHRASE =
  /^(?:\s*[.,;:!?)]|\s+(?:is|was|has|had|will|would|could|should|must|may|might|can|shall|to|of|in|on|at|by|for|from|with|and|or|but|that|which)\b)/;

/**
 * "the Bill would give police new powers", "rejected the Bill.": a lone capitalised name after "the", where the noun
 * phrase ends, is a common noun in capitals, not a person. Before a noun it is a person's ("the Bush administration").
 */
function loneNameAfterThe(text: string, c: Candidate): boolean {
  const word = text.slice(c.start, c.end);
  return (
    c.type === 'person' &&
    !word.includes(' ') &&
    /\bthe\s+$/i.test(text.slice(0, c.start)) &&
    (c.end === text.length || AFTER_NOUN_PHRASE.test(text.slice(c.end)))
  );
}

/** Every word of the phrase names a religion, its followers or its scripture ("Islam", "Sunni Muslims"). */
export const isReligion = (phrase: string) =>
  phrase.split(/\s+/).every((word) => RELIGION_WORDS.has(word.toLowerCase().replace(/['’]s$/, '')));

/**
 * The words before "and" belong to one organisation's name with the words after it: the name ends in a head word
 * ("Food and Agriculture Organization", "Immigration and Customs Enforcement Agency") and the first part has none, or
 * the first part has a lower-case word ("Institute for Science and International Security").
 */
function oneOrgName(first: string, second: string): boolean {
  const head = (part: string) => part.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()));
  const last = second.split(' ').at(-1)!.toLowerCase();
  return (ORG_WORDS.has(last) && !head(first)) || / \p{Ll}/u.test(first);
}

/**
 * "Twitter and Spotify", "Google or Apple": two names (an ampersand joins a firm's name, "Smith & Wesson"), unless the
 * whole is a known place ("Trinidad and Tobago"), an "of" name ("Ministry of Trade and Industry") or one organisation's
 * name ("Food and Agriculture Organization").
 */
export function splitLists(text: string, c: Candidate): Candidate[] {
  const phrase = text.slice(c.start, c.end);
  const list = /^(\p{Lu}[^]*?) (?:and|or) (\p{Lu}[^]*)$/u.exec(phrase);
  if (
    !list ||
    / of /.test(phrase) ||
    gazetteerFor('en').byName.has(phrase) ||
    KNOWN_ORGS.has(phrase.toLowerCase()) ||
    oneOrgName(list[1]!, list[2]!)
  )
    return [c];
  return [
    { ...c, end: c.start + list[1]!.length },
    { ...c, start: c.end - list[2]!.length },
  ];
}

/** The words of a run before the tagged part are one capitalised compound ("China-Pakistan"), not a title or opener. */
export const isRunHead = (text: string, run: Candidate, tagged: Candidate) =>
  /^\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)+ $/u.test(text.slice(run.start, tagged.start));

/** "Paris Agreement", "Treaty of Nanking", "Qing dynasty": an event, treaty or period, not a place or organisation. */
export function isEventName(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  return EVENT_HEADS.has(words[words.length - 1]!) || (EVENT_HEADS.has(words[0]!) && words[1] === 'of');
}

/**
 * A known place or organisation with a possessive inside a tagged span owns what follows: "New York’s Times Square",
 * "China's Foreign Ministry" are two names. A possessive that is part of a name stays ("People's Liberation Army").
 */
export function splitPossessive(text: string, c: Candidate): Candidate[] {
  const phrase = text.slice(c.start, c.end);
  const possessive = /^(\p{Lu}[^'’]*?)['’]s (\p{Lu}.*)$/u.exec(phrase);
  if (!possessive) return [c];
  const owner = possessive[1]!;
  const type = gazetteerFor('en').byName.has(owner)
    ? 'place'
    : KNOWN_ORGS.has(owner.toLowerCase())
      ? 'organization'
      : null;
  if (!type) return [c];
  return [
    { ...c, end: c.start + owner.length, type },
    { ...c, start: c.end - possessive[2]!.length },
  ];
}
