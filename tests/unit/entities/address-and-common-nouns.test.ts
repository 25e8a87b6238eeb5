import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Sentences written for these tests in the manner of British, Australian and Pakistani English news; none is in a
// gold set.
const names = (text: string) =>
  recognizeEntities([{ id: 'b0', text }], 'en')
    .mentions.filter((m) => ['person', 'place', 'organization'].includes(m.type))
    .map((m) => `${m.type}:${m.text}`);

describe('English names and the words around them', () => {
  it('a form of address without its full stop announces a person, even where the tagger reads a company', () => {
    expect(names('The law was needed, Mr Turnbull said.')).toEqual(['person:Turnbull']);
    expect(names('The law was needed, Mr. Turnbull said.')).toEqual(['person:Turnbull']);
    // A title and one word the tagger reads as a company still is one.
    expect(names('General Motors said sales rose.')).toEqual(['organization:General Motors']);
  });

  it('a lone name after "the", where its noun phrase ends, is a common noun in capitals', () => {
    expect(names('The Bill would give police new powers.')).toEqual([]);
    expect(names('Senators rejected the Bill on Tuesday.')).toEqual([]);
    // Before a noun it is a person's name, used as a modifier.
    expect(names('The Bush administration said so.')).toEqual(['person:Bush']);
  });

  it('the people of a place, in the plural, are no name', () => {
    expect(names('Millions of New Yorkers lost power, as did Londoners and Karachiites.')).toEqual([]);
    expect(names('The New Yorker published the story.')).toEqual(['organization:New Yorker']);
  });

  it('a company, its officer’s title and the officer: the company and the person, not one organisation', () => {
    expect(names('Snapchat CEO Evan Spiegel declined to comment.')).toEqual([
      'organization:Snapchat',
      'person:Evan Spiegel',
    ]);
    expect(names('Microsoft co-founder Bill Gates spoke in Lahore.')).toEqual([
      'organization:Microsoft',
      'person:Bill Gates',
      'place:Lahore',
    ]);
  });
});
