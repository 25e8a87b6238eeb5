import { sentencesInCapitals } from './english-runs';
import { startsSentence, tokenizeWords } from '../generic/tokenize-words';

// What may follow the object pronoun "us" but not the country, which a noun follows as a modifier ("US troops") and
// which news writes as the object of verbs and prepositions too ("Iran rejects talks with US", "China warns US to…"):
// articles, and the particles and adverbs of phrasal verbs ("give us a call", "let us know", "pick us up"). Source:
// English grammar.
// prettier-ignore
const AFTER_PRONOUN = new Set([
  'a', 'an', 'the', 'that', 'know', 'all', 'both', 'up', 'out', 'off', 'back', 'again', 'now', 'here', 'there',
  'immediately',
]);

// What stands before the country, not before the pronoun: articles, demonstratives and possessives, and the
// conjunctions that end a list of countries ("the UK and US"). Source: English grammar.
const BEFORE_COUNTRY = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'whose', 'and', 'or']);

/**
 * Where a headline's "us" is the pronoun, not the United States (start offsets). Title Case writes the pronoun "Us"
 * and keeps the country "US". Capitals write both "US", so there only the places the country cannot stand are read
 * as the pronoun: "let us", and "us" before an article or a particle.
 */
export function pronounUsAt(text: string): Set<number> {
  const tokens = tokenizeWords(text);
  const capitals = sentencesInCapitals(tokens);
  const out = new Set<number>();
  tokens.forEach((token, i) => {
    if (token.text === 'Us') out.add(token.start);
    if (token.text !== 'US' || !capitals[i] || i === 0 || startsSentence(token, false) || token.gap !== ' ') return;
    const before = tokens[i - 1]!.text.toLowerCase();
    if (BEFORE_COUNTRY.has(before) || /^\d/.test(before)) return;
    // "Let us" is the pronoun wherever it stands ("let us know", "let us pray").
    const next = tokens[i + 1];
    if (before === 'let' || (next?.gap === ' ' && AFTER_PRONOUN.has(next.text.toLowerCase()))) out.add(token.start);
  });
  return out;
}
