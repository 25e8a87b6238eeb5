import { describe, expect, it } from 'vitest';
import { titleCaseAsCapitals } from '../../../src/entities/en/title-case';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Headlines written for these tests (none is in a gold set).
const mentions = (text: string) =>
  recognizeEntities([{ id: 'b', text }], 'en').mentions.map((m) => `${m.type}:${m.text}`);

describe('English headlines in Title Case and in capitals', () => {
  it('reads a short headline with one capitalised ordinary word, or a capitalised function word, as Title Case', () => {
    expect(titleCaseAsCapitals('She Was Born in Peshawar.')).toBe('SHE WAS BORN IN PESHAWAR.');
    expect(titleCaseAsCapitals('He Returned to Quetta in 2019.')).toBe('HE RETURNED TO QUETTA IN 2019.');
    // Names and small words alone, or a verb in lower case, say nothing of Title Case.
    expect(titleCaseAsCapitals('Imran Khan in Lahore')).toBe('Imran Khan in Lahore');
    expect(titleCaseAsCapitals('Theresa May met Will Smith in London.')).toBe('Theresa May met Will Smith in London.');
  });

  it('reads no name into the capitalised verbs and nouns of a short headline', () => {
    expect(mentions('Fire Guts Market in Multan')).toEqual(['place:Multan']);
    expect(mentions('Traders Protest New Tax in Hyderabad')).toEqual(['place:Hyderabad']);
  });

  it('reads "Us" in Title Case, and "let us" or "us" before an article in capitals, as the pronoun', () => {
    expect(mentions('Please Let Us Know by Friday')).not.toContain('place:Us');
    expect(mentions('Fans Tell Us Why They Stayed')).toEqual([]);
    expect(mentions('LET US KNOW WHAT YOU THINK')).toEqual([]);
    expect(mentions('PLEASE GIVE US A CALL BEFORE NOON')).toEqual([]);
    // The country keeps its name, in Title Case and in capitals.
    expect(mentions('Iran Rejects Talks With US')).toEqual(['place:Iran', 'place:US']);
    expect(mentions('US TROOPS LEAVE KABUL')).toEqual(['place:US', 'place:KABUL']);
  });

  it('reads a place and its state’s body in capitals as the body, an organisation', () => {
    expect(mentions('STONES HIT THE U.S. EMBASSY IN ISLAMABAD')).toEqual([
      'organization:U.S. EMBASSY',
      'place:ISLAMABAD',
    ]);
    expect(mentions('PAKISTAN ARMY CHIEF VISITS QUETTA')).toEqual(['organization:PAKISTAN ARMY', 'place:QUETTA']);
    // In mixed case the capitals decide ("army" in lower case is no name's word).
    expect(mentions('The Pakistan army reached Quetta on Monday.')).toEqual(
      expect.arrayContaining(['place:Pakistan', 'place:Quetta']),
    );
  });
});
