import { decodeModel, fromBase64, sparseAdder } from './model-file';
import { tagNames, type AddWeights, type TaggedSpan } from './tagger-model';
import { urduFeatures } from './urdu-features';
import { URDU_TAGGER_WEIGHTS } from './urdu-tagger-weights';

let weights: AddWeights | null = null;

/** People, places and organisations in Urdu text by the trained tagger; the weights are decoded on first use. */
export function tagUrduNames(text: string): TaggedSpan[] {
  weights ??= sparseAdder(decodeModel(fromBase64(URDU_TAGGER_WEIGHTS)));
  return tagNames(text, weights, urduFeatures);
}
