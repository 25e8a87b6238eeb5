import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Sentences written for these tests in the manner of local news, addresses and casual web text; none is in a gold set.
const names = (text: string) =>
  recognizeEntities([{ id: 'b0', text }], 'en')
    .mentions.filter((m) => ['person', 'place', 'organization'].includes(m.type))
    .map((m) => `${m.type}:${m.text}`);

describe('places and people by the words around them', () => {
  it('the names of one enumeration are of one kind', () => {
    expect(names('We drove through San Jose, Palo Alto and San Francisco.')).toEqual([
      'place:San Jose',
      'place:Palo Alto',
      'place:San Francisco',
    ]);
    expect(names('Prices rose in Leeds, Huddersfield and Bradford.')).toEqual([
      'place:Leeds',
      'place:Huddersfield',
      'place:Bradford',
    ]);
    expect(names('The memo went to Cheney, Rumsfeld and Wolfowitz.')).toEqual([
      'person:Cheney',
      'person:Rumsfeld',
      'person:Wolfowitz',
    ]);
    // Commas alone may join a place and the sentence's subject: the last item is not retyped there.
    expect(names('From Lisbon, Portugal, Marta Quintela said the talks failed.')).toContain('person:Marta Quintela');
    // A name the lexicon vouches for keeps its type, and so does a company by its legal form before its address.
    expect(names('Films from Netflix, Pixar and Marvel topped the list.')).toContain('organization:Netflix');
    expect(names('Contact Brightwater Trace Inc., San Antonio, Texas for details.')).toEqual([
      'organization:Contact Brightwater Trace Inc.',
      'place:San Antonio',
      'place:Texas',
    ]);
  });

  it('a town before its state or province is a place, and so is the abbreviation', () => {
    expect(names('Send the forms to 1400 Oak Lane, Humble, TX 77338.')).toContain('place:Humble');
    expect(names('Send the forms to 12 Maple Court Holyoke, MA 01040.')).toEqual(['place:Holyoke', 'place:MA']);
    expect(names('The clinic moved to Thunder Bay, Ont. in May.')).toEqual(['place:Thunder Bay', 'place:Ont.']);
    // A person before a degree is no town.
    expect(names('Anna Kowalski, MD, signed the letter.')).toEqual(['person:Anna Kowalski']);
  });

  it('casual text that capitalises some names leaves known places in lower case', () => {
    expect(names('my cousin moved from vietnam to Canada last year.')).toEqual(['place:vietnam', 'place:Canada']);
    expect(names('Last year i moved from vietnam to Canada.')).toEqual(['place:vietnam', 'place:Canada']);
    expect(names('we stayed with friends in portugal and Spain for a week.')).toEqual([
      'place:portugal',
      'place:Spain',
    ]);
    // Not inside a web address, nor in edited text.
    expect(names('read more at www.bbc.co.uk today.')).toEqual([]);
    expect(names('My cousin moved from the vietnam office to Canada.')).toEqual(['place:Canada']);
  });
});
