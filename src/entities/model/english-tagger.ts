import { featureHash } from './feature-hash';
import { decodeModel, fromBase64, sparseAdder } from './model-file';
import { englishFeatures, TAGS } from './tagger-features';
import { tagNames, type AddWeights, type TaggedSpan } from './tagger-model';
import { TAGGER_WEIGHTS } from './tagger-weights';

let weights: AddWeights | null = null;

const englishWeights = () => (weights ??= sparseAdder(decodeModel(fromBase64(TAGGER_WEIGHTS))));

/** People, places and organisations in English text by the trained tagger; the weights are decoded on first use. */
export function tagEnglishNames(text: string): TaggedSpan[] {
  return tagNames(text, englishWeights(), englishFeatures);
}

const scores = new Float64Array(TAGS.length);

/**
 * Whether the tagger learned anything from this lower-case word itself (its `l=` feature has weights): a word its
 * training text never had, or had too rarely to keep, is judged by its shape and neighbours alone. A hash shared with
 * another feature can answer yes for a word never seen; never the other way round.
 */
export function taggerKnowsWord(lower: string): boolean {
  scores.fill(0);
  englishWeights()(featureHash(`l=${lower}`), scores);
  return scores.some((s) => s !== 0);
}
