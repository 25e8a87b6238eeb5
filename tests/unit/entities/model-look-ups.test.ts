import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureHash, featureHashAfter, hashState } from '../../../src/entities/model/feature-hash';
import { decodeModel, encodeModel, sparseAdder } from '../../../src/entities/model/model-file';
import { TAGS } from '../../../src/entities/model/tagger-features';

const T = TAGS.length;

describe('the tagger’s look-ups', () => {
  it('hashes a feature from a shared prefix’s state exactly as from its whole string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (prefix, rest) => {
        expect(featureHashAfter(hashState(prefix), rest)).toBe(featureHash(prefix + rest));
      }),
    );
    expect(featureHash('')).toBe(0x811c9dc5);
  });

  it('finds every stored bucket’s weights and nothing for a bucket it does not hold', () => {
    const bits = 12;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: (1 << bits) - 1 }), { maxLength: 600 }), (stored) => {
        const dense = new Float32Array((1 << bits) * T);
        stored.forEach((bucket, i) => (dense[bucket * T + (i % T)] = (i % 7) + 1));
        const add = sparseAdder(decodeModel(encodeModel(dense, bits, 0.5)));
        const held = new Set(stored);
        for (let bucket = 0; bucket < 1 << bits; bucket++) {
          const scores = new Float64Array(T);
          // A hash carries more bits than the model; only the low `bits` choose its bucket.
          add(bucket + (5 << bits), scores);
          expect([...scores]).toEqual([...dense.subarray(bucket * T, (bucket + 1) * T)]);
          if (!held.has(bucket)) expect(scores.every((s) => s === 0)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
