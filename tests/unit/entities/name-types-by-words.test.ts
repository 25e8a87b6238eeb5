import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Names typed or cut by their own words (none of these sentences is in a gold set).
const mentions = (text: string) =>
  recognizeEntities([{ id: 'b0', text }], 'en').mentions.map((m) => `${m.type}:${m.text}`);

describe('English names typed by a generic term', () => {
  it('reads a name that opens with a number word and ends in a natural feature as one place', () => {
    expect(mentions('The Three Gorges Dam is the largest in the world.')).toEqual(['place:Three Gorges Dam']);
    expect(mentions('The boat sank near Seven Sisters Lake on Sunday.')).toEqual(
      expect.arrayContaining(['place:Seven Sisters Lake']),
    );
    expect(mentions('Prince William County officials closed the roads.')).toEqual(['place:Prince William County']);
  });

  it('keeps an organisation that names a feature an organisation', () => {
    expect(mentions('The Lake Chad Basin Commission met in Niamey.')).toEqual([
      'organization:Lake Chad Basin Commission',
      'place:Niamey',
    ]);
  });
});

describe('English names in text written in lower case', () => {
  it('finds the places and organisations the lexicons know, case-blind', () => {
    expect(mentions('we flew from chicago to san francisco and ate at burger king.')).toEqual([
      'place:chicago',
      'place:san francisco',
      'organization:burger king',
    ]);
  });

  it('reads no ordinary word as a name, nor a lower-case word where the text capitalises its names', () => {
    expect(mentions('i cooked a turkey in the city center.')).toEqual([]);
    expect(mentions('Officials in Chicago said the lahore office was closed.')).toEqual(['place:Chicago']);
  });
});

describe('US states after a city', () => {
  it('reads a state abbreviation after a city and a comma, or in an address before a ZIP code, as a place', () => {
    expect(mentions('The plant in Greenville, N.C., will close, and another in Austin, TX opens.')).toEqual([
      'place:Greenville',
      'place:N.C.',
      'place:Austin',
      'place:TX',
    ]);
    expect(mentions('Write to 17 Elm Street, Springfield, IL 62701.')).toEqual(expect.arrayContaining(['place:IL']));
    expect(mentions('He was born in Springfield, Ill.')).toEqual(['place:Springfield', 'place:Ill.']);
  });

  it('reads no degree after a person as a state', () => {
    expect(mentions('The study was led by Harry Preuss, MD, a professor.')).toEqual(['person:Harry Preuss']);
  });
});
