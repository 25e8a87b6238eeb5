import { wordKind } from './english-word-tags';

// The everyday adjectives of praise and blame (English grammar's evaluative adjectives) that open review titles and
// captions in Title Case ("Great Service", "Poor Value").
// prettier-ignore
const JUDGEMENT_ADJECTIVES = new Set([
  'great', 'good', 'excellent', 'fantastic', 'wonderful', 'awesome', 'amazing', 'outstanding', 'superb', 'terrific',
  'nice', 'lovely', 'friendly', 'helpful', 'fast', 'quick', 'bad', 'poor', 'terrible', 'horrible', 'awful', 'lousy',
  'rude', 'slow',
]);

/**
 * A phrase that praises or blames ordinary things, "Great Service", "Poor Customer Care": a judgement adjective and
 * then only words compromise knows as ordinary ones. A head word is no cue here ("Great Service", "Good School"): a
 * name has a word of its own ("Good Samaritan Hospital", "Great Ormond Street Hospital").
 */
export function isJudgementPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return (
    words.length >= 2 &&
    JUDGEMENT_ADJECTIVES.has(words[0]!) &&
    words.slice(1).every((w) => JUDGEMENT_ADJECTIVES.has(w) || wordKind(w) === 'common')
  );
}
