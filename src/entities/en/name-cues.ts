import { BLESSINGS, NOT_ENTITIES, ORG_WORDS } from './english-lexicon';
import { opensSentence } from './english-runs';
import { wordKind } from './english-word-tags';
import { PRIORITY } from '../priorities';
import { NAME_TYPES, type Candidate } from '../types';

const isName = (c: Candidate) => NAME_TYPES.has(c.type);

/** "Canadian Blood Services (CBS)": the acronym in brackets after a name is of that name's type, unless a blessing. */
export function acronymsOf(text: string, names: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of names) {
    if (!isName(name)) continue;
    const after = /^ \((\p{Lu}[\p{Lu}\d&-]+)\)/u.exec(text.slice(name.end));
    // "Hazrat Ali (RA)": a blessing, not the name's acronym.
    if (after && !BLESSINGS.has(after[1]!.toLowerCase())) {
      const start = name.end + 2;
      out.push({ start, end: start + after[1]!.length, type: name.type, priority: name.priority });
    }
  }
  return out;
}

// A lone name next to a reporting verb of news: "Seagal said", "says Pall."
const SPEAKER =
  /(?<![\p{L}\p{M}.'’-])(\p{Lu}\p{Ll}+)(?= (?:said|says|told|added|wrote|explained|warned|insisted)\b)|(?<=\b(?:said|says) )(\p{Lu}\p{Ll}+)(?=[.,])/gu;

// English's plural agent nouns (prosecutors, militants, lawmakers, gunmen): at the start of a sentence, where every
// word has a capital, "Militants said" has a group of people speaking, not someone called Militants.
const PLURAL_AGENT = /(?:[eo]rs|ists|ants|ents|ians|ees|men)$/;

/**
 * The speaker of a reporting verb is a person, when compromise does not know the word as an ordinary one, it is no
 * organisation head word, it does not end a longer capitalised name, and it is not a plural agent noun opening a
 * sentence.
 */
export function speakers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(SPEAKER)) {
    const word = match[1] ?? match[2]!;
    const kind = wordKind(word);
    const lower = word.toLowerCase();
    if ((kind !== 'unknown' && kind !== 'person-name') || NOT_ENTITIES.has(lower) || ORG_WORDS.has(lower)) continue;
    // The last word of a longer name ("Justice Department said") is that name's, not a speaker of its own.
    if (/\p{Lu}[\p{L}\p{M}.'’-]* $/u.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (kind !== 'person-name' && PLURAL_AGENT.test(lower) && opensSentence(text, match.index)) continue;
    out.push({ start: match.index, end: match.index + word.length, type: 'person', priority: PRIORITY.guessedName });
  }
  return out;
}
