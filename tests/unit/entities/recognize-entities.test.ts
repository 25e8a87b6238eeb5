import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';
import type { EntityResult } from '../../../src/entities/types';
import { loadFixture } from './score-against-gold';

const seed = loadFixture('seed-iran-russia.json');
const blocks = seed.blocks.map((b) => ({ id: b.id, text: b.target, kind: b.kind }));

function entity(result: EntityResult, name: string) {
  const found = result.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity "${name}" in ${result.entities.map((e) => e.name).join(', ')}`);
  return found;
}

describe('recognizeEntities on the seed translation', () => {
  const result = recognizeEntities(blocks, 'en');

  it('finds every key person, country, city and organisation with the right type', () => {
    for (const name of [
      'Ebrahim Raisi',
      'Vladimir Putin',
      'Dmitry Peskov',
      'Mohammed bin Salman',
      'Sheikh Mohamed',
      'Bashar al-Assad',
    ]) {
      expect(entity(result, name).type).toBe('person');
    }
    for (const name of [
      'Moscow',
      'Tehran',
      'Abu Dhabi',
      'Samarkand',
      'Gaza',
      'Iran',
      'Russia',
      'Uzbekistan',
      'Syria',
      'United States',
    ]) {
      expect(entity(result, name).type).toBe('place');
    }
    for (const name of ['IRNA', 'BRICS', 'OPEC+', 'Kremlin', 'Shanghai Cooperation Organisation']) {
      expect(entity(result, name).type).toBe('organization');
    }
    expect(entity(result, 'COP28').type).toBe('other');
    expect(entity(result, 'January 1, 2024').type).toBe('date');
  });

  it('merges aliases and counts mentions', () => {
    expect(entity(result, 'Ebrahim Raisi')).toMatchObject({ aliases: ['Ebrahim Raisi', 'Raisi'], mentions: 6 });
    expect(entity(result, 'Vladimir Putin')).toMatchObject({ aliases: ['Putin', 'Vladimir Putin'], mentions: 6 });
    expect(entity(result, 'Mohammed bin Salman').aliases).toContain('Prince Mohammed');
    expect(entity(result, 'Kremlin').mentions).toBe(2);
    // Sheikh Mohamed (UAE) is another man than Prince Mohammed (Saudi Arabia).
    expect(entity(result, 'Sheikh Mohamed').mentions).toBe(1);
  });

  it('never calls a demonym a place', () => {
    const texts = result.mentions.map((m) => m.text);
    for (const demonym of ['Iranian', 'Russian', 'Palestinians', 'Saudi', 'Western'])
      expect(texts).not.toContain(demonym);
  });

  it('marks about eight key entities, led by the people and places of the headline and lead', () => {
    const key = result.entities.filter((e) => e.key).map((e) => e.name);
    expect(key).toHaveLength(8);
    expect(key.slice(0, 3)).toEqual(expect.arrayContaining(['Ebrahim Raisi', 'Moscow', 'Vladimir Putin']));
    expect(result.entities.every((e, i, all) => i === 0 || all[i - 1]!.score >= e.score)).toBe(true);
  });

  it('returns sorted, non-overlapping mentions whose offsets slice the block text', () => {
    const order = new Map(blocks.map((b, i) => [b.id, i]));
    result.mentions.forEach((m, i) => {
      expect(blocks[order.get(m.blockId)!]!.text.slice(m.start, m.end)).toBe(m.text);
      const prev = result.mentions[i - 1];
      if (prev && prev.blockId === m.blockId) expect(m.start).toBeGreaterThanOrEqual(prev.end);
      if (prev) expect(order.get(m.blockId)!).toBeGreaterThanOrEqual(order.get(prev.blockId)!);
      expect(result.entities.some((e) => e.id === m.entityId && e.type === m.type)).toBe(true);
    });
  });

  it('gives the same result warm as cold (timing printed)', () => {
    const first = recognizeEntities(blocks, 'en');
    recognizeEntities(blocks, 'en');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      recognizeEntities(blocks, 'en');
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    console.log(`recognition on the seed (warm, median of 5): ${median.toFixed(1)} ms`);
    expect(recognizeEntities(blocks, 'en')).toEqual(first);
  });
});

describe('recognizeEntities in other languages', () => {
  it('finds Urdu people by title, merges spelling variants and keeps offsets exact despite diacritics', () => {
    const text = 'روسی صدر ولادیمیر پیوٹن نے کہا۔ پوٹن نے 16 اکتوبر کو ماسکو میں ۲۵ فیصد اضافے کا اعلان کیا۔';
    const result = recognizeEntities([{ id: 'b0', text }], 'ur');
    const putin = result.entities.find((e) => e.type === 'person')!;
    expect(putin).toMatchObject({ name: 'ولادیمیر پیوٹن', mentions: 2 });
    expect(result.mentions.map((m) => [m.type, m.text])).toEqual([
      ['person', 'ولادیمیر پیوٹن'],
      ['person', 'پوٹن'],
      ['date', '16 اکتوبر'],
      ['place', 'ماسکو'],
      ['number', '۲۵ فیصد'],
    ]);
    const marked = 'وزیرِ اعظم شہباز شریف';
    const withMarks = recognizeEntities([{ id: 'b0', text: `پاکستانُ ${marked}` }], 'ur').mentions;
    expect(withMarks.map((m) => m.text)).toEqual(['پاکستانُ', 'شہباز شریف']);
  });

  it('uses ICU country, month and weekday names for a language it has no rules for', () => {
    const text =
      'Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 octobre. La France et l’Allemagne.';
    const result = recognizeEntities([{ id: 'b0', text }], 'fr');
    const byText = Object.fromEntries(result.mentions.map((m) => [m.text, m.type]));
    expect(byText).toMatchObject({
      'Emmanuel Macron': 'person',
      'Olaf Scholz': 'person',
      '3 octobre': 'date',
      France: 'place',
      Allemagne: 'place',
    });
  });
});
