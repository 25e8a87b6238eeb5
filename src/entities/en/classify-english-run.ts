import {
  KNOWN_ORGS,
  NAME_TITLES,
  NOT_ENTITIES,
  ORG_WORDS,
  PLACE_WORDS,
  PUBLICATION_HEADS,
  TITLES_BEFORE_NAMES,
} from './english-lexicon';
import { wordKind } from './english-word-tags';
import { namesAFeature } from './feature-names';
import type { Run } from './english-runs';
import { isLegalForm } from '../generic/legal-forms';
import { caseFoldedNames, gazetteerFor } from '../generic/region-gazetteer';
import type { Token } from '../generic/tokenize-words';
import type { Candidate, EntityType } from '../types';
import { PRIORITY } from '../priorities';

const TITLE_WORDS = TITLES_BEFORE_NAMES.map((title) => title.split(' '));
const ROLE_SET = new Set(TITLES_BEFORE_NAMES);
const lower = (token: Token) => token.text.toLowerCase().replace(/\.$/, '');
const joined = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');
const isAcronym = (text: string) =>
  (/^[A-Z][A-Z0-9-]*\+?$/.test(text) && /[A-Z].*[A-Z]|[A-Z].*\d/.test(text)) || /^(?:[A-Z]\.){2,}$/.test(text);
const isCode = (text: string) => /^[A-Za-z]+-?\d+$/.test(text);

function roleTitleAt(tokens: Token[], at: number): number {
  let best = 0;
  for (const words of TITLE_WORDS) {
    if (words.length > best && words.every((word, k) => tokens[at + k] && lower(tokens[at + k]!) === word)) {
      best = words.length;
    }
  }
  return best;
}

/** Type of a whole phrase from the hand lexicon or the gazetteer; `anyCase` for text in capitals. */
function lexiconType(text: string, anyCase = false): EntityType | null {
  const key = text.toLowerCase();
  if (KNOWN_ORGS.has(key) || KNOWN_ORGS.has(key.replace(/\./g, ''))) return 'organization';
  if (anyCase) return caseFoldedNames('en').has(key) ? 'place' : null;
  return gazetteerFor('en').byName.has(text) ? 'place' : null;
}

/** Classifies one capitalised run into zero or more candidates, following the guidelines in recognize-entities.ts. */
export function classifyRun(run: Run, out: Candidate[]): void {
  if (run.inCapitals) knownNamesIn(run.tokens, out);
  else classify(run.tokens, run.sentenceStart, run.before, out);
}

/**
 * In a sentence written in capitals every word looks like a name and titles, word kinds and lengths mislead ("GENERAL
 * MOTORS FELL" is no general's name): only the phrases the lexicon or gazetteer knows, longest first, are names.
 */
function knownNamesIn(tokens: Token[], out: Candidate[]): void {
  for (let size = Math.min(tokens.length, 6); size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const type = lexiconType(joined(tokens.slice(i, i + size)), true);
      if (!type) continue;
      knownNamesIn(tokens.slice(0, i), out);
      emit(tokens.slice(i, i + size), type, PRIORITY.knownName, out);
      return knownNamesIn(tokens.slice(i + size), out);
    }
  }
}

function emit(tokens: Token[], type: EntityType, priority: number, out: Candidate[], tentative = false): void {
  out.push({
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
    type,
    priority,
    ...(tentative && { tentative }),
  });
}

function classify(tokens: Token[], sentenceStart: boolean, before: string, out: Candidate[]): void {
  if (tokens.length === 0) return;
  // A role title splits the run: what follows it is a person ("Russian President Vladimir Putin").
  for (let i = 0; i < tokens.length; i++) {
    const length = roleTitleAt(tokens, i);
    if (length === 0) continue;
    // A trailing title names no one ("Pakistan's Prime Minister"); before an organisation word it is part of the name.
    if (i + length === tokens.length) return classify(tokens.slice(0, i), sentenceStart, before, out);
    if (tokens.slice(i + length).some((t) => ORG_WORDS.has(lower(t)))) break;
    classify(tokens.slice(0, i), sentenceStart, before, out);
    classify(tokens.slice(i + length), false, tokens[i + length - 1]!.text.toLowerCase().replace(/\.$/, ''), out);
    return;
  }
  // A name written in capitals in a sentence that is not ("TUNIS (Reuters) -", a dateline) is looked up in any case.
  const shouted = tokens.every((t) => /^\p{Lu}{2,}$/u.test(t.text));
  const whole = lexiconType(joined(tokens), shouted);
  if (whole) return emit(tokens, whole, PRIORITY.knownName, out);
  // A company's legal form ends its name ("Orbis Holdings Ltd", "Vantor plc").
  if (tokens.length > 1 && isLegalForm(tokens[tokens.length - 1]!.text)) {
    return emit(tokens, 'organization', PRIORITY.knownName, out);
  }
  // Sentence openers, demonyms and generic words at the front are not part of a name ("The", "According", "Iranian").
  const head = tokens[0]!;
  const kind = wordKind(head.text);
  if (
    !NAME_TITLES.has(lower(head)) &&
    (NOT_ENTITIES.has(lower(head)) || kind === 'demonym' || (sentenceStart && kind === 'common'))
  ) {
    return classify(tokens.slice(1), false, '', out);
  }
  // An organisation's head word, or a newspaper's last word ending the run ("Hindustan Times", "Pakistan Today").
  const lastOrgWord = tokens.findLastIndex(
    (t, k) => ORG_WORDS.has(lower(t)) || (k === tokens.length - 1 && PUBLICATION_HEADS.has(lower(t))),
  );
  if (lastOrgWord >= 0 && tokens.length > 1) {
    let end = tokens.length;
    while (end - 1 > lastOrgWord && (isCode(tokens[end - 1]!.text) || lexiconType(tokens[end - 1]!.text))) end--;
    emit(tokens.slice(0, end), 'organization', PRIORITY.ruleName, out);
    return classify(tokens.slice(end), false, '', out);
  }
  // A natural feature's or landmark's generic term ends a place's name, whatever the words before it ("Ninety Mile
  // Beach", "Niger Delta", "Prince William County").
  if (namesAFeature(joined(tokens))) return emit(tokens, 'place', PRIORITY.knownName, out);
  // A known name inside a longer run: split around the longest one.
  for (let size = tokens.length - 1; size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const type = lexiconType(joined(tokens.slice(i, i + size)));
      if (!type) continue;
      classify(tokens.slice(0, i), sentenceStart, before, out);
      emit(tokens.slice(i, i + size), type, PRIORITY.knownName, out);
      return classify(tokens.slice(i + size), false, '', out);
    }
  }
  if (tokens.length === 1) return classifySingle(head, before, out);
  if (PLACE_WORDS.has(lower(head))) return emit(tokens, 'place', PRIORITY.guessedName, out);
  if (NAME_TITLES.has(lower(head)) || ROLE_SET.has(before)) return emit(tokens, 'person', PRIORITY.knownName, out);
  const kinds = tokens.map((t) => wordKind(t.text));
  if (kinds.includes('organization')) return emit(tokens, 'organization', PRIORITY.guessedName, out);
  if (kinds[0] === 'place' && kinds.every((k) => k === 'place' || k === 'unknown'))
    return emit(tokens, 'place', PRIORITY.guessedName, out);
  // A generic word heading a name is a department or role, not part of it ("Planning Ahsan Iqbal").
  if (kinds[0] === 'common' && kinds.slice(1).every((k) => k === 'unknown' || k === 'person-name')) {
    return classify(tokens.slice(1), false, '', out);
  }
  // Two to four capitalised words that are not known common words nor contain a place: in translated news, a person.
  const placeInside = tokens.some((t) => t.text.split('-').some((part) => gazetteerFor('en').byName.has(part)));
  if (tokens.length <= 4 && !placeInside && kinds.every((k) => k !== 'common' && k !== 'demonym')) {
    return emit(tokens, 'person', PRIORITY.guessedName, out);
  }
  emit(tokens, 'other', PRIORITY.weakGuess, out);
}

function classifySingle(token: Token, before: string, out: Candidate[]): void {
  const text = token.text;
  const parts = text.split('-');
  if (parts.length > 1 && parts.every((part) => gazetteerFor('en').byName.has(part))) {
    // "Israel-Gaza war", "Russia-Iran relations": each side is a place.
    let offset = token.start;
    for (const part of parts) {
      out.push({ start: offset, end: offset + part.length, type: 'place', priority: PRIORITY.knownName });
      offset += part.length + 1;
    }
    return;
  }
  if (isCode(text) && /\d/.test(text)) return emit([token], 'other', PRIORITY.ruleName, out);
  if (isAcronym(text)) return emit([token], 'organization', PRIORITY.guessedName, out);
  if (ROLE_SET.has(before)) return emit([token], 'person', PRIORITY.knownName, out);
  const kind = wordKind(text);
  if (kind === 'person-name') return emit([token], 'person', PRIORITY.guessedName, out);
  if (kind === 'place') return emit([token], 'place', PRIORITY.guessedName, out);
  if (kind === 'organization') return emit([token], 'organization', PRIORITY.guessedName, out);
  if (kind === 'unknown' && !NOT_ENTITIES.has(text.toLowerCase()))
    emit([token], 'person', PRIORITY.weakGuess, out, true);
}
