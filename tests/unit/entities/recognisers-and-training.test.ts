import { describe, expect, it } from 'vitest';
import { BITS, mendSilver, train, withTitledPeople } from '../../../scripts/entities/train-tagger';
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

describe("mending GMB's silver labels before training", () => {
  const span = (text: string, name: string, type: NerSentence['entities'][number]['type']) => ({
    start: text.indexOf(name),
    end: text.indexOf(name) + name.length,
    type,
  });
  const sentence = (id: string, text: string, name: string, type: NerSentence['entities'][number]['type']) => ({
    id,
    text,
    entities: [span(text, name, type)],
  });
  const names = (s: NerSentence) => s.entities.map((e) => `${s.text.slice(e.start, e.end)}/${e.type}`);

  it('makes a name right after a role title a person, unless the lexicons know it as a place', () => {
    expect(names(mendSilver(sentence('a', 'Mr. Talvek said so.', 'Talvek', 'organization')))).toEqual([
      'Talvek/person',
    ]);
    expect(names(mendSilver(sentence('b', 'The chief U.S. negotiator left.', 'U.S.', 'place')))).toEqual([
      'U.S./place',
    ]);
  });

  it('makes a name titled twice, in one of four mentions or more, a person without its title wherever it stands', () => {
    const set = [
      sentence('1', 'Mr. Orvekka spoke.', 'Orvekka', 'person'),
      sentence('2', 'Leader Orvekka left.', 'Orvekka', 'person'),
      sentence('3', 'Orvekka won.', 'Orvekka', 'organization'),
      sentence('4', 'They met General Dimo Kastel there.', 'General Dimo Kastel', 'organization'),
      sentence('5', 'Envoy General Dimo Kastel came.', 'General Dimo Kastel', 'person'),
      sentence('6', 'Envoy General Dimo Kastel went.', 'General Dimo Kastel', 'person'),
      sentence('7', 'Envoy Vantaro spoke.', 'Vantaro', 'person'),
      sentence('8', 'Vantaro grew.', 'Vantaro', 'organization'),
    ];
    expect(withTitledPeople(set).flatMap(names)).toEqual([
      'Orvekka/person',
      'Orvekka/person',
      'Orvekka/person',
      'Dimo Kastel/person',
      'Dimo Kastel/person',
      'Dimo Kastel/person',
      'Vantaro/person',
      'Vantaro/organization',
    ]);
  });
});
