import { decodeModel, fromBase64, sparseAdder } from './model-file';
import { englishFeatures } from './tagger-features';
import { tagNames, type AddWeights, type TaggedSpan } from './tagger-model';
import { TAGGER_WEIGHTS } from './tagger-weights';

let weights: AddWeights | null = null;

const englishWeights = () => (weights ??= sparseAdder(decodeModel(fromBase64(TAGGER_WEIGHTS))));

/** People, places and organisations in English text by the trained tagger; the weights are decoded on first use. */
export function tagEnglishNames(text: string): TaggedSpan[] {
  return tagNames(text, englishWeights(), englishFeatures);
}
