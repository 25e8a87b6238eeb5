import { NAME_PARTICLES } from '../en/english-lexicon';
import { gazetteerFor } from '../generic/region-gazetteer';
import { featureHash } from './feature-hash';
import { isRoleTitle, TAGS, type Tag } from './tagger-features';
import { taggerTokens, type TaggerToken } from './tagger-tokens';
import { viterbiTags } from './viterbi';

/** Adds the weights of one hashed feature to `scores` (one per tag). */
export type AddWeights = (hash: number, scores: Float64Array) => void;

export interface TaggedSpan {
  start: number;
  end: number;
  type: 'person' | 'place' | 'organization';
}

/** The tag-independent features of every token of a block (englishFeatures, urduFeatures). */
export type TokenFeatures = (tokens: TaggerToken[]) => string[][];

/** Hashes of the tag-independent features of every token. */
export function staticHashes(tokens: TaggerToken[], features: TokenFeatures): Uint32Array[] {
  return features(tokens).map((list) => {
    const hashes = new Uint32Array(list.length);
    for (let k = 0; k < list.length; k++) hashes[k] = featureHash(list[k]!);
    return hashes;
  });
}

/** Spans of the B-/I- runs of a tag sequence, as offsets into the text. */
export function spansOf(tokens: TaggerToken[], tags: number[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tag: Tag = TAGS[tags[i]!]!;
    if (!tag.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tokens.length && TAGS[tags[j]!] === `I-${tag.slice(2)}`) j++;
    spans.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, type: tag.slice(2) as TaggedSpan['type'] });
    i = j - 1;
  }
  return spans;
}

// Lower-case words that never sit inside a name in news ("Bank of England" and "Council on Foreign Relations" keep
// theirs).
// prettier-ignore
const BREAKS = new Set(['in', 'at', 'near', 'to', 'from', 'with', 'by', 'after', 'before', 'during', 'since', 'than']);

/**
 * A preposition, or a dash with a space on either side ("Jenin - Ramallah"), ends one name and starts the next; a
 * hyphen inside a word joins ("Abdel-Rahman", "Harley-Davidson").
 */
const breaks = (tokens: TaggerToken[], k: number) =>
  BREAKS.has(tokens[k]!.text) ||
  (/^[-–—]$/.test(tokens[k]!.text) &&
    (tokens[k - 1]!.end < tokens[k]!.start || (tokens[k + 1] !== undefined && tokens[k]!.end < tokens[k + 1]!.start)));

/** A hyphen between two places the gazetteer knows ("Israel-Gaza", "Russia-Iran"): two names, as the guidelines say. */
const placePair = (tokens: TaggerToken[], k: number) =>
  tokens[k]!.text === '-' &&
  gazetteerFor('en').byName.has(tokens[k - 1]?.text ?? '') &&
  gazetteerFor('en').byName.has(tokens[k + 1]?.text ?? '');

// Punctuation that no name spans: a sentence's end or a list's comma between two names ("Kremlin. Kremlin", "Puerto
// Rico, Guam"), a slash between a photographer and an agency ("REUTERS/Jason Reed"), a bar or an at sign.
const SPLITS = /^[.,;:!?()[\]"“”/|@]$/u;

const EDGE = /^(?:[^\p{L}\p{N}]+|['’]s)$/u;

/**
 * Spans of the B-/I- runs of a tag sequence, as offsets into the text, without punctuation, a possessive or a
 * lower-case word at either end ("southern Italy" → "Italy") and, for a person, without the role titles before the name
 * ("Mr Panvalkar" → "Panvalkar").
 */
export function nameSpans(tokens: TaggerToken[], tags: number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tag: Tag = TAGS[tags[i]!]!;
    if (!tag.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tokens.length && TAGS[tags[j]!] === `I-${tag.slice(2)}`) j++;
    const type = tag.slice(2) as TaggedSpan['type'];
    let first = i;
    let last = j - 1;
    // A word with no capital that is not a name particle ("southern", "union"), in a span that has a capitalised word.
    const lower = (k: number) =>
      !/\p{Lu}/u.test(tokens[k]!.text) &&
      !NAME_PARTICLES.has(tokens[k]!.text) &&
      tokens.slice(i, j).some((t) => /^\p{Lu}/u.test(t.text));
    while (
      first <= last &&
      (EDGE.test(tokens[first]!.text) || lower(first) || (type === 'person' && isRoleTitle(tokens[first]!.text)))
    )
      first++;
    while (last >= first && (EDGE.test(tokens[last]!.text) || lower(last))) last--;
    // "Lanka in Santa Fe", "Israel-Gaza": a preposition, a pair's hyphen or punctuation ends one name and starts the next.
    let from = first;
    for (let k = first; k <= last + 1; k++) {
      if (k <= last && !(k > first && (breaks(tokens, k) || SPLITS.test(tokens[k]!.text) || placePair(tokens, k))))
        continue;
      if (k > from) out.push({ start: tokens[from]!.start, end: tokens[k - 1]!.end, type });
      from = k + 1;
    }
    i = j - 1;
  }
  return out;
}

/** People, places and organisations a model finds in one block of text. */
export function tagNames(text: string, addWeights: AddWeights, features: TokenFeatures): TaggedSpan[] {
  const tokens = taggerTokens(text);
  return nameSpans(tokens, bestTags(tokens, addWeights, features));
}

/** The best tag sequence for a block's tokens (Viterbi over the token and transition features). */
export function bestTags(tokens: TaggerToken[], addWeights: AddWeights, features: TokenFeatures): number[] {
  return viterbiTags(
    staticHashes(tokens, features),
    tokens.map((t) => t.text.toLowerCase()),
    addWeights,
  );
}
