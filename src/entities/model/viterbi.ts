import { allowed, TAGS } from './tagger-features';
import { featureHash } from './feature-hash';
import type { AddWeights } from './tagger-model';

const T = TAGS.length;
const START = '<s>';

/** The tag before the first token, for the transition features. */
export const START_TAG = -1;

const tagName = (tag: number) => (tag === START_TAG ? START : TAGS[tag]!);

/**
 * The features that join a token's tag to the tag before it: the pair of tags, and the previous tag with this word.
 * First order, so the best sequence is found exactly.
 */
export function transitionHashes(prev: number, lower: string): number[] {
  const name = tagName(prev);
  return [featureHash(`t-1=${name}`), featureHash(`t-1l=${name}|${lower}`)];
}

const legal = (prev: number, tag: number) =>
  prev === START_TAG ? !TAGS[tag]!.startsWith('I-') : allowed(TAGS[prev]!, TAGS[tag]!);

/**
 * The highest-scoring tag sequence (Viterbi) for tokens whose tag-independent feature hashes are `fixed` and whose
 * lower-case forms are `lowers`: scores are sums of the weights of each token's features and of its transition
 * features, and an I- tag only continues its own type.
 */
export function viterbiTags(fixed: ArrayLike<number>[], lowers: string[], addWeights: AddWeights): number[] {
  const n = fixed.length;
  if (n === 0) return [];
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
    const prevs = i === 0 ? [START_TAG] : TAGS.map((_, p) => p);
    for (const p of prevs) {
      if (i > 0 && delta[p] === -Infinity) continue;
      pair.fill(0);
      for (const hash of transitionHashes(p, lowers[i]!)) addWeights(hash, pair);
      const base = i === 0 ? 0 : delta[p]!;
      for (let t = 0; t < T; t++) {
        if (!legal(p, t)) continue;
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
