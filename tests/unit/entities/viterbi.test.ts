import { describe, expect, it } from 'vitest';
import { featureHash } from '../../../src/entities/model/feature-hash';
import { TAGS } from '../../../src/entities/model/tagger-features';
import type { AddWeights } from '../../../src/entities/model/tagger-model';
import { START_TAG, transitionHashes, viterbiTags } from '../../../src/entities/model/viterbi';

const tag = (name: (typeof TAGS)[number]) => TAGS.indexOf(name);

/** Weights from a table of feature → tag → weight. */
function weights(table: Record<string, Partial<Record<(typeof TAGS)[number], number>>>): AddWeights {
  const byHash = new Map(Object.entries(table).map(([feature, row]) => [featureHash(feature), row]));
  return (hash, scores) => {
    const row = byHash.get(hash);
    if (!row) return;
    for (const [name, w] of Object.entries(row)) scores[TAGS.indexOf(name as (typeof TAGS)[number])]! += w;
  };
}

describe('Viterbi decoding of name tags', () => {
  it('finds the best whole sequence where the best first tag would lead astray', () => {
    // Token by token, "Black" looks like the start of an organisation (2 > 1.5); but only a place continues into
    // "Sea", so the best sequence is a place: B-place I-place scores 1.5 + 3 against 2 + 0.
    const add = weights({
      'w=black': { 'B-organization': 2, 'B-place': 1.5 },
      'w=sea': { 'I-place': 3, 'I-organization': -1 },
    });
    const tags = viterbiTags([[featureHash('w=black')], [featureHash('w=sea')]], ['black', 'sea'], add);
    expect(tags).toEqual([tag('B-place'), tag('I-place')]);
  });

  it('never continues a name that did not start, nor one of another type', () => {
    const add = weights({ 'w=x': { 'I-person': 5 }, 'w=y': { 'B-place': 1, 'I-person': 4 } });
    const tags = viterbiTags([[featureHash('w=x')], [featureHash('w=y')]], ['x', 'y'], add);
    expect(TAGS[tags[0]!]).not.toMatch(/^I-/);
    if (TAGS[tags[1]!]!.startsWith('I-')) expect(TAGS[tags[0]!]!.slice(2)).toBe(TAGS[tags[1]!]!.slice(2));
  });

  it('scores the tag pair and the previous tag with the word', () => {
    const add = weights({ 't-1=<s>': { 'B-person': 1 }, 't-1=B-person|said': { O: 2 } });
    expect(viterbiTags([[], []], ['ali', 'said'], add)).toEqual([tag('B-person'), tag('O')]);
    expect(transitionHashes(START_TAG, 'ali')).toEqual([featureHash('t-1=<s>'), featureHash('t-1l=<s>|ali')]);
  });

  it('tags nothing in an empty block', () => {
    expect(viterbiTags([], [], () => undefined)).toEqual([]);
  });
});
