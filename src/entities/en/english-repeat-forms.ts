import { NOT_ENTITIES, ORG_WORDS, RELIGION_WORDS } from './english-lexicon';
import { wordKind } from './english-word-tags';
import { withoutLegalForm } from '../generic/repeat-forms';
import { gazetteerFor } from '../generic/region-gazetteer';
import type { RepeatForms } from '../propagate-names';

const isPlainWord = (word: string) => {
  const lower = word.toLowerCase();
  const kind = wordKind(word);
  return (
    (kind !== 'unknown' && kind !== 'organization') ||
    NOT_ENTITIES.has(lower) ||
    RELIGION_WORDS.has(lower) ||
    ORG_WORDS.has(lower)
  );
};

/**
 * How English news writes a place or organisation again:
 * - as found, when that is more than one word, a place, an acronym or a company compromise knows (any other single word
 *   the tagger took for an organisation once may be an adjective: "British");
 * - an organisation without its legal form ("Datavine Inc." → "Datavine");
 * - an organisation by its first word when the rest is its kind ("Orvana Mining Corporation" → "Orvana"), unless that
 *   word is a place or an ordinary word ("Pakistan Peoples Party", "Justice Department").
 */
export const englishRepeatForms: RepeatForms = (name, type) => {
  const single = !name.includes(' ');
  const same = !single || type === 'place' || wordKind(name) === 'organization' || /^\p{Lu}{2,}$/u.test(name);
  if (type !== 'organization') return { same, shorter: [] };
  const shorter: string[] = [];
  const bare = withoutLegalForm(name, type);
  if (bare) shorter.push(bare);
  const words = (bare ?? name).split(' ');
  const first = words[0]!;
  const headed = bare !== undefined || ORG_WORDS.has(words[words.length - 1]!.toLowerCase());
  if (
    words.length >= 2 &&
    headed &&
    /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u.test(first) &&
    !isPlainWord(first) &&
    !gazetteerFor('en').byName.has(first)
  )
    shorter.push(first);
  return { same, shorter };
};
