import { describe, expect, it } from 'vitest';
import { agreeTypes } from '../../../src/entities/agree-types';
import { PRIORITY } from '../../../src/entities/priorities';
import type { Candidate } from '../../../src/entities/types';

const blocks = [
  { id: 'a', text: 'Musharraf spoke in Lahore.' },
  { id: 'b', text: 'Later Musharraf left.' },
  { id: 'c', text: 'Musharraf said so.' },
];
const at = (b: number, word: string, type: Candidate['type'], priority: number = PRIORITY.taggedName): Candidate => {
  const start = blocks[b]!.text.indexOf(word);
  return { start, end: start + word.length, type, priority };
};

describe('one name, one type in an article', () => {
  it('gives every mention of the same words the type most of them have', () => {
    const out = agreeTypes(
      [
        [at(0, 'Musharraf', 'person'), at(0, 'Lahore', 'place')],
        [at(1, 'Musharraf', 'place')],
        [at(2, 'Musharraf', 'person')],
      ],
      blocks,
    );
    expect(out.flat().map((c) => c.type)).toEqual(['person', 'place', 'person', 'person']);
  });

  it('breaks a tie by the most trusted mention and leaves dates and numbers alone', () => {
    const out = agreeTypes(
      [[at(0, 'Musharraf', 'place', PRIORITY.guessedName)], [at(1, 'Musharraf', 'person', PRIORITY.knownName)], []],
      blocks,
    );
    expect(out.flat().map((c) => c.type)).toEqual(['person', 'person']);
    const dates = [[{ start: 0, end: 5, type: 'date' as const, priority: PRIORITY.date }], [], []];
    expect(agreeTypes(dates, blocks)).toBe(dates);
  });
});
