import { EVENT_HEADS, KNOWN_ORGS, NOT_ENTITIES, ROLE_TITLES } from './english-lexicon';
import { gazetteerFor } from '../generic/region-gazetteer';
import type { Candidate } from '../types';

const TITLE_WORDS = new Set(ROLE_TITLES.flatMap((t) => t.split(' ')));

/** Whether the text ends with a role title word ("… Crown Prince ", "… General "). */
export const endsWithTitle = (text: string) =>
  TITLE_WORDS.has(text.trim().split(/\s+/).pop()!.toLowerCase().replace(/\.$/, ''));

/** A lone function word ("Kingdom", "No."), or an era after a year ("500 BC"): not a name. */
export function notAName(text: string, c: Candidate): boolean {
  const word = text.slice(c.start, c.end);
  return (
    NOT_ENTITIES.has(word.toLowerCase().replace(/\.$/, '')) ||
    (/^(?:BC|AD|BCE|CE)$/.test(word) && /\d\s*$/.test(text.slice(0, c.start)))
  );
}

/**
 * "Twitter and Spotify", "Google or Apple": two names, unless the whole is a known place ("Trinidad and Tobago") or
 * an "of" name ("Ministry of Trade and Industry").
 */
export function splitLists(text: string, c: Candidate): Candidate[] {
  const phrase = text.slice(c.start, c.end);
  const list = /^(\p{Lu}[^]*?) (?:and|or|&) (\p{Lu}[^]*)$/u.exec(phrase);
  if (!list || / of /.test(phrase) || gazetteerFor('en').byName.has(phrase) || KNOWN_ORGS.has(phrase.toLowerCase()))
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
