import { describe, expect, it } from 'vitest';
import { MIN_POPULATION, worldPlaces } from '../../../scripts/entities/build-world-places';
import { gazetteerFor } from '../../../src/entities/generic/region-gazetteer';

describe("the world's cities and subdivisions in the English gazetteer", () => {
  const city = (name: string, population = MIN_POPULATION) => ({ name, population });

  it('keeps large cities and subdivisions, with and without diacritics, and without a leading "The"', () => {
    const places = worldPlaces(
      [city('Muzaffarābād'), city('The Hague'), city('Long Beach'), city('Smallton', MIN_POPULATION - 1)],
      [{ regions: [{ name: 'Balochistan' }, { name: 'Tamil Nadu' }] }],
      new Set(),
    );
    expect(places).toEqual(['Balochistan', 'Hague', 'Long Beach', 'Muzaffarabad', 'Muzaffarābād', 'Tamil Nadu']);
  });

  it('leaves out one word that says something other than a place, short names and names with digits', () => {
    const places = worldPlaces(
      [city('Mobile'), city('Victoria'), city('Toyota'), city('Somali'), city('Aba'), city('Sector 5'), city('Kollam')],
      [{ regions: [{ name: 'Central' }, { name: 'Federal Capital Territory (Abuja)' }] }],
      new Set(['somali', 'central']),
    );
    expect(places).toEqual(['Kollam']);
  });

  it('is part of the English gazetteer, after the names the curated lists already key', () => {
    const { byName } = gazetteerFor('en');
    expect(byName.get('Mombasa')).toBe('place:Mombasa');
    expect(byName.get('Sialkot')).toBe('sialkot');
    expect(byName.get('Queensland')).toBe('place:Queensland');
    expect(byName.get('Lahore')).toBe('lahore');
  });
});
