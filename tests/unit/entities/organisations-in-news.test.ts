import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Organisation spans the tagger cuts or invents (sentences written for this test, none from a gold set).
const mentions = (text: string) =>
  recognizeEntities([{ id: 'b0', text }], 'en').mentions.map((m) => `${m.type}:${m.text}`);

describe('English organisations', () => {
  it('reads the words each side of an ampersand as one firm', () => {
    expect(mentions('The lawsuit names Crane & Hollis, a shipping broker based in Leeds.')).toEqual([
      'organization:Crane & Hollis',
      'place:Leeds',
    ]);
  });

  it('keeps a legal form after a comma in the company’s name', () => {
    expect(mentions('The contract was signed with Northgate Dairy Supplies, Inc. last spring.')).toEqual([
      'organization:Northgate Dairy Supplies, Inc.',
    ]);
    expect(mentions('She now advises Bellamy Tools, Ltd. on its exports.')).toEqual([
      'organization:Bellamy Tools, Ltd.',
    ]);
  });

  it('does not take a state after a comma for a legal form', () => {
    expect(mentions('Prices in Adelaide, SA rose again in March.')).toContain('place:Adelaide');
  });

  it('reads praise of ordinary things as no organisation, and keeps a name with a word of its own', () => {
    expect(mentions('Great Service')).toEqual([]);
    expect(mentions('The school is near the Good Samaritan Hospital in Dallas.')).toContain(
      'organization:Good Samaritan Hospital',
    );
  });
});
