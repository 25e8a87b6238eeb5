import { describe, expect, it } from 'vitest';
import { BITS, train } from '../../../scripts/entities/train-tagger';
import type { NerSentence } from '../../../scripts/entities/ner-data';
import { encodeModel } from '../../../src/entities/model/model-file';
import { englishFeatures } from '../../../src/entities/model/tagger-features';
import { recogniserFor } from '../../../src/entities/recognisers';

describe('the registry of recognisers', () => {
  it('finds a language by its base subtag and falls back to the generic recogniser', () => {
    expect(recogniserFor('ur-PK')).toBe(recogniserFor('ur'));
    expect(recogniserFor('ur').arabicScript).toBe(true);
    expect(recogniserFor('en-GB').arabicScript).toBe(false);
    expect(recogniserFor('fa').arabicScript).toBe(true);
    expect(recogniserFor('fr').find('Emmanuel Macron est à Berlin.', 'combined').length).toBeGreaterThan(0);
  });
});

describe('training the tagger', () => {
  it('is deterministic: the same sentences give the same weight file', () => {
    const sentence = (id: number, name: string, place: string): NerSentence => {
      const text = `${name} arrived in ${place} on Monday.`;
      return {
        id: `s${id}`,
        text,
        entities: [
          { start: 0, end: name.length, type: 'person' },
          { start: name.length + 12, end: name.length + 12 + place.length, type: 'place' },
        ],
      };
    };
    const sentences = ['Amina Khan', 'John Reed', 'Li Wei', 'Sara Ali'].flatMap((name, i) =>
      ['Lahore', 'Oslo', 'Lima'].map((place, k) => sentence(i * 3 + k, name, place)),
    );
    const once = encodeModel(train(sentences, 2, englishFeatures, true), BITS, 0.25);
    const again = encodeModel(train(sentences, 2, englishFeatures, true), BITS, 0.25);
    expect(once.length).toBeGreaterThan(100);
    expect(Buffer.from(once).equals(Buffer.from(again))).toBe(true);
  });
});
