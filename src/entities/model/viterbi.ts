import { allowed, TAGS } from './tagger-features';
import { featureHash, featureHashAfter, hashState } from './feature-hash';
import type { AddWeights } from './tagger-model';

const T = TAGS.length;
const START = '<s>';

/** The tag before the first token, for the transition features. */
export const START_TAG = -1;

const tagName = (tag: number) => (tag === START_TAG ? START : TAGS[tag]!);

/** Previous tags in row order: the start, then each tag (row r is tag r - 1). */
const PREVIOUS = [START_TAG, ...TAGS.map((_, t) => t)];

// The tag-pair features' hashes by row, and the FNV states after "t-1l=<previous tag>|", so that the word-pair feature
// is hashed without building its string.
const PAIR_HASHES = PREVIOUS.map((prev) => featureHash(`t-1=${tagName(prev)}`));
const PAIR_STATES = PREVIOUS.map((prev) => hashState(`t-1l=${tagName(prev)}|`));

/**
 * The features that join a token's tag to the tag before it: the pair of tags, and the previous tag with this word.
 * First order, so the best sequence is found exactly.
 */
export function transitionHashes(prev: number, lower: string): number[] {
  return [PAIR_HASHES[prev + 1]!, featureHashAfter(PAIR_STATES[prev + 1]!, lower)];
}

/** Whether `tag` may follow `prev`: an I- tag only continues its own type, and never starts a block. */
const LEGAL = PREVIOUS.map((prev) =>
  TAGS.map((tag, t) => (prev === START_TAG ? !tag.startsWith('I-') : allowed(TAGS[prev]!, TAGS[t]!))),
);

/**
 * The tag-pair weights, row by previous tag as in PREVIOUS: eight look-ups per block, read afresh each time because
 * the trainer's weights change between calls.
 */
const tagPairWeights = (addWeights: AddWeights): Float64Array[] =>
  PAIR_HASHES.map((hash) => {
    const row = new Float64Array(T);
    addWeights(hash, row);
    return row;
  });

/**
 * The highest-scoring tag sequence (Viterbi) for tokens whose tag-independent feature hashes are `fixed` and whose
 * lower-case forms are `lowers`: scores are sums of the weights of each token's features and of its transition
 * features, and an I- tag only continues its own type.
 */
export function viterbiTags(fixed: ArrayLike<number>[], lowers: string[], addWeights: AddWeights): number[] {
  const n = fixed.length;
  if (n === 0) return [];
  const pairs = tagPairWeights(addWeights);
  const emit = new Float64Array(T);
  const pair = new Float64Array(T);
  let delta = new Float64Array(T);
  let next = new Float64Array(T);
  const back = new Int8Array(n * T);
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    const hashes = fixed[i]!;
    for (let k = 0; k < hashes.length; k++) addWeights(hashes[k]!, emit);
    next.fill(-Infinity);
    const lower = lowers[i]!;
    // Rows of PREVIOUS: only the start before the first token, every tag after it.
    for (let row = i === 0 ? 0 : 1; row < (i === 0 ? 1 : T + 1); row++) {
      const p = PREVIOUS[row]!;
      if (i > 0 && delta[p] === -Infinity) continue;
      pair.set(pairs[row]!);
      addWeights(featureHashAfter(PAIR_STATES[row]!, lower), pair);
      const base = i === 0 ? 0 : delta[p]!;
      const legal = LEGAL[row]!;
      for (let t = 0; t < T; t++) {
        if (!legal[t]) continue;
        const score = base + emit[t]! + pair[t]!;
        if (score > next[t]!) {
          next[t] = score;
          back[i * T + t] = p;
        }
      }
    }
    [delta, next] = [next, delta];
  }
  let best = 0;
  for (let t = 1; t < T; t++) if (delta[t]! > delta[best]!) best = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best;
    best = back[i * T + best]!;
  }
  return tags;
}
