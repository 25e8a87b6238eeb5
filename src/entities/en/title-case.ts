import { wordKind } from './english-word-tags';
import { sentenceRanges } from './english-runs';
import { tokenizeWords, type Token } from '../generic/tokenize-words';

/**
 * A headline in Title Case ("Obama Admits US Gun Laws Are His Biggest Frustration") capitalises ordinary words, so its
 * capitals say as little as a headline in capitals does. Such sentences are written in capitals for the name finders,
 * which read capitals case-blind; a sentence whose capitals would change its length is left as it is.
 */
export function titleCaseAsCapitals(text: string): string {
  const tokens = tokenizeWords(text);
  let out = text;
  for (const [begin, end] of sentenceRanges(tokens)) {
    const sentence = tokens.slice(begin, end);
    if (!isTitleCase(sentence)) continue;
    const from = sentence[0]!.start;
    const to = sentence.at(-1)!.end;
    const upper = text.slice(from, to).toUpperCase();
    if (upper.length === to - from) out = out.slice(0, from) + upper + out.slice(to);
  }
  return out;
}

/** At least two ordinary words of four letters or more after the first, and nearly all of them, capitalised. */
function isTitleCase(sentence: Token[]): boolean {
  const ordinary = sentence.slice(1).filter((t) => t.text.length >= 4 && wordKind(t.text) === 'common');
  const capitalised = ordinary.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  return capitalised >= 2 && capitalised >= 0.8 * ordinary.length;
}
