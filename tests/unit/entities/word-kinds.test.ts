import { describe, expect, it } from 'vitest';
import { wordKind } from '../../../src/entities/en/english-word-tags';
import { sortedListHas } from '../../../src/entities/generic/sorted-words';
import { compromiseLexicon, kindFromTags, wordsByKind } from '../../../scripts/entities/build-word-kinds';

describe('wordKind, from the snapshot of compromise’s lexicon', () => {
  it('answers every single word as compromise’s own tags do (regenerate word-kinds-data.ts if this fails)', () => {
    const lexicon = compromiseLexicon();
    const words = Object.values(wordsByKind()).flat();
    expect(words.length).toBeGreaterThan(15000);
    const differing = words.filter((word) => wordKind(word) !== kindFromTags(lexicon[word]!));
    expect(differing).toEqual([]);
  });

  it('knows names, places, demonyms and common words in any case, and nothing else', () => {
    expect(wordKind('Vladimir')).toBe('person-name');
    expect(wordKind('Tehran')).toBe('place');
    expect(wordKind('Iranian')).toBe('demonym');
    expect(wordKind('Speaking')).toBe('common');
    expect(wordKind('Raisi')).toBe('unknown');
  });
});

describe('sortedListHas', () => {
  it('finds every word of a sorted list and nothing between, before or after them', () => {
    const words = ['al-assad', 'b', 'bin', 'binary', 'opec+', 'putin', 'raisi', 'zz'];
    const list = words.join(' ');
    for (const word of words) expect(sortedListHas(list, word)).toBe(true);
    for (const word of ['', 'a', 'al', 'bi', 'bina', 'c', 'opec', 'put', 'raisis', 'zzz', 'b bin'])
      expect(sortedListHas(list, word)).toBe(false);
    expect(sortedListHas('', 'a')).toBe(false);
    expect(sortedListHas('one', 'one')).toBe(true);
  });
});
