import { describe, expect, it } from 'vitest';
import { brandNames, compromiseOrganisations } from '../../../scripts/entities/build-brand-names';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

describe("simple-icons' brands as known organisations", () => {
  it('keeps companies and services, without a leading "The"', () => {
    const icons = [
      { title: 'Accenture' },
      { title: 'Air France' },
      { title: 'The Washington Post' },
      { title: 'Wikimedia Foundation', aliases: { aka: ['WMF Foundation'] } },
    ];
    expect(brandNames(icons, new Set())).toEqual([
      'Accenture',
      'Air France',
      'WMF Foundation',
      'Washington Post',
      'Wikimedia Foundation',
    ]);
  });

  it('leaves out English words, given names, places, short acronyms, products of another brand and odd forms', () => {
    const icons = [
      { title: 'Apple' },
      { title: 'Apple Music' },
      { title: 'Shell' },
      { title: 'Jordan' },
      { title: 'Karachi' },
      { title: 'ABB' },
      { title: '1.1.1.1' },
      { title: 'about.me' },
      { title: "McDonald's" },
      { title: 'Goldman Sachs' },
    ];
    expect(brandNames(icons, new Set(['apple', 'shell']))).toEqual(['Goldman Sachs']);
  });

  it('adds compromise\'s multi-word organisations, without a leading "the" and never as one word', () => {
    const orgs = compromiseOrganisations();
    expect(orgs).toEqual(expect.arrayContaining(['financial times', 'chicago bulls', 'daily mail']));
    expect(orgs.filter((name) => !name.includes(' ') || name.startsWith('the '))).toEqual([]);
  });

  it('names companies the tagger reads as people or places', () => {
    const found = recognizeEntities(
      [{ id: 'b', text: 'The bid was backed by Goldman Sachs and Accenture, while Air France declined to comment.' }],
      'en',
    ).mentions.map((m) => `${m.type}:${m.text}`);
    expect(found).toEqual(['organization:Goldman Sachs', 'organization:Accenture', 'organization:Air France']);
  });
});
