import { HEADLINE_VERBS, KNOWN_ORGS, ORG_WORDS, PLACE_MODIFIERS, ROLE_TITLES } from './english-lexicon';
import { wordKind } from './english-word-tags';
import { gazetteerFor } from '../generic/region-gazetteer';
import { opensSentence } from './english-runs';
import type { Candidate } from '../types';

/**
 * A verb that opens a sentence is not part of the name after it ("See Facebook's policy", "Get New York Today"): the
 * tagged span starts at the name when its first word is an ordinary word and the rest is a name the lexicons know.
 */
function trimSentenceVerb(text: string, c: Candidate): void {
  const phrase = text.slice(c.start, c.end);
  const cut = phrase.indexOf(' ');
  if (cut < 0 || !opensSentence(text, c.start)) return;
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
export const PARTY_MEMBER = / (?:Democrats?|Republicans?|Conservatives?|Liberals?)$/;

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

/**
 * In a headline (read in capitals), a verb after the name ends it: "Sardenberg Has Described" is "Sardenberg",
 * "Abbas Says" is "Abbas". In running text the verbs are in lower case and never inside a span.
 */
function trimHeadlineVerb(text: string, c: Candidate): void {
  const phrase = text.slice(c.start, c.end);
  if (/\p{Ll}/u.test(phrase)) return;
  const words = [...phrase.matchAll(/\S+/g)];
  const verb = words.findIndex((w, k) => k > 0 && HEADLINE_VERBS.has(w[0].toLowerCase()));
  if (verb > 0) c.end = c.start + words[verb - 1]!.index + words[verb - 1]![0].length;
}

/**
 * Takes what is no part of the name off a tagged span: a headline's verb, an opening verb, a party member, an officer's
 * title.
 */
export function trimTaggedSpan(text: string, c: Candidate): void {
  trimHeadlineVerb(text, c);
  trimSentenceVerb(text, c);
  trimPartyMember(text, c);
  trimTrailingTitle(text, c);
}
