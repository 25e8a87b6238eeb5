import { NAME_PARTICLES } from './english-lexicon';
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

// The words a headline in Title Case leaves in lower case: articles, coordinating conjunctions and prepositions (AP
// style lowercases the short ones, Chicago style all of them). Source: the AP and Chicago headline styles.
// prettier-ignore
const HEADLINE_SMALL = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'of', 'on', 'in', 'at', 'to', 'by', 'with', 'from',
  'as', 'vs', 'via', 'per', 'into', 'onto', 'upon', 'over', 'under', 'than', 'about', 'after', 'before', 'between',
  'through', 'during', 'without', 'within', 'against', 'among', 'across', 'around', 'toward', 'towards', 'off', 'amid',
]);

// Closed-class words that prose writes in lower case except where they open a sentence, however short: the personal
// and possessive pronouns, the forms of "be", "have" and "do", and the demonstratives (English grammar). "I" and "us"
// (also "US"), and the modals that are given names (May, Will), are left out.
// prettier-ignore
const FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'does', 'did', 'do', 'it', 'its', 'he',
  'she', 'we', 'they', 'you', 'his', 'her', 'him', 'them', 'their', 'our', 'your', 'my', 'me', 'this', 'that',
  'these', 'those', 'not',
]);

/**
 * Nearly all ordinary words after the first (function words, and known words of four letters or more) capitalised, at
 * least one of them; and no word in lower case but the small ones Title Case leaves so and name particles ("Theresa
 * May met Will Smith" is a sentence, not a headline). One is enough: prose capitalises no ordinary word inside a
 * sentence, and a short headline has few ("He Returned to Kabul", "Rain Floods Lahore").
 */
function isTitleCase(sentence: Token[]): boolean {
  const rest = sentence.slice(1);
  const ordinary = rest.filter(
    (t) =>
      FUNCTION_WORDS.has(t.text.toLowerCase()) ||
      (t.text.length >= 4 && wordKind(t.text) === 'common' && !HEADLINE_SMALL.has(t.text.toLowerCase())),
  );
  const capitalised = ordinary.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  // A word, not the end of one after an apostrophe or a hyphen ("Shi'ite", "U.S.-led").
  const lowerWord = rest.some(
    (t) =>
      /\s$/.test(t.gap) && /^\p{Ll}{2,}/u.test(t.text) && !HEADLINE_SMALL.has(t.text) && !NAME_PARTICLES.has(t.text),
  );
  return capitalised >= 1 && capitalised >= 0.8 * ordinary.length && !lowerWord;
}
