import { describe, expect, it } from 'vitest';
import { consonantSkeleton } from '../../../src/entities/link/consonant-skeleton';
import { linkToSource } from '../../../src/entities/link/link-to-source';
import { projectedCandidates, projectEntities } from '../../../src/entities/link/project-entities';
import { sourceNamesHelp } from '../../../src/entities/recognisers';
import { quantityValue } from '../../../src/entities/generic/number-words';
import { recognizeEntities } from '../../../src/entities/recognize-entities';
import { loadFixture } from './score-against-gold';

describe('linkToSource, Urdu source → English translation (seed)', () => {
  const seed = loadFixture('seed-iran-russia.json');
  const result = recognizeEntities(
    seed.blocks.map((b) => ({ id: b.id, text: b.target, kind: b.kind })),
    'en',
  );
  const sources = seed.blocks.map((b) => ({ id: b.id, text: b.source }));
  const linked = linkToSource(result, sources, 'ur', 'en');

  it('links at least 80% of person and place entities to their Urdu spans', () => {
    const wanted = result.entities.filter((e) => e.type === 'person' || e.type === 'place');
    const ok = wanted.filter((e) => {
      const expected = (seed.links![e.name] ?? []).map((s) => s.normalize('NFC'));
      const texts = linked.filter((m) => m.entityId === e.id).map((m) => m.text);
      return texts.length > 0 && texts.every((t) => expected.includes(t));
    });
    console.log(
      `seed linking: ${ok.length}/${wanted.length} person/place entities (${((100 * ok.length) / wanted.length).toFixed(1)}%)`,
    );
    expect(ok.length / wanted.length).toBeGreaterThanOrEqual(0.8);
  });

  it('links both spellings, پیوٹن and پوٹن, to Putin', () => {
    const putin = result.entities.find((e) => e.name === 'Vladimir Putin')!;
    const texts = linked.filter((m) => m.entityId === putin.id).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['ولادیمیر پیوٹن', 'ولادیمیر پوٹن', 'پیوٹن']));
  });

  it('returns spans that slice the source text, in order, never overlapping', () => {
    const byId = new Map(sources.map((s) => [s.id, s.text]));
    linked.forEach((m, i) => {
      expect(byId.get(m.blockId)!.slice(m.start, m.end)).toBe(m.text);
      const prev = linked[i - 1];
      if (prev?.blockId === m.blockId) expect(m.start).toBeGreaterThanOrEqual(prev.end);
    });
    const types = new Map(linked.map((m) => [`${m.blockId}:${m.text}`, m.type]));
    expect(types.get('b1:16 اکتوبر')).toBe('date');
    expect(types.get('b10:یکم جنوری 2024')).toBe('date');
    expect(types.get('b10:چھ')).toBe('number');
    expect(types.get('b0:ماسکو')).toBe('place'); // glued in the source: "ماسکوپہنچ"
  });
});

describe('linkToSource, English source → Urdu translation', () => {
  it('finds the English spans of Urdu people, places, dates and amounts', () => {
    const story = loadFixture('saudi-visit.json');
    const result = recognizeEntities(
      story.blocks.map((b) => ({ id: b.id, text: b.target, kind: b.kind })),
      'ur',
    );
    const linked = linkToSource(
      result,
      story.blocks.map((b) => ({ id: b.id, text: b.source })),
      'en',
      'ur',
    );
    const wanted = result.mentions.filter((m) => m.type !== 'organization');
    const hit = wanted.filter((m) => linked.some((l) => l.blockId === m.blockId && l.entityId === m.entityId));
    console.log(`English→Urdu linking: ${hit.length}/${wanted.length} mentions`);
    expect(hit.length / wanted.length).toBeGreaterThanOrEqual(0.8);
    const texts = linked.map((m) => `${m.blockId}:${m.text}`);
    expect(texts).toEqual(
      expect.arrayContaining(['b2:Mohammed bin Salman', 'b1:Ishaq Dar', 'b3:$10 billion', 'b5:Monday', 'b2:Islamabad']),
    );
  });
});

describe('matching helpers', () => {
  it('reduces Urdu and English names to the same consonant skeleton', () => {
    expect(consonantSkeleton('پیوٹن')).toBe(consonantSkeleton('Putin'));
    expect(consonantSkeleton('پوٹن')).toBe(consonantSkeleton('Putin'));
    expect(consonantSkeleton('شہباز شریف')).toBe(consonantSkeleton('Shehbaz Sharif'));
    expect(consonantSkeleton('محمد بن سلمان')).toBe(consonantSkeleton('Mohammed bin Salman'));
    expect(consonantSkeleton('رئیسی')).not.toBe(consonantSkeleton('Putin'));
  });

  it('reads quantities by value in both languages', () => {
    expect(quantityValue('۲۵ فیصد')).toBe(25);
    expect(quantityValue('1.1 ارب ڈالر')).toBeCloseTo(1.1e9);
    expect(quantityValue('27 لاکھ')).toBe(2.7e6);
    expect(quantityValue('24 کروڑ')).toBe(240e6);
    expect(quantityValue('$1.1 billion')).toBeCloseTo(1.1e9);
    expect(quantityValue('Rs 1,500 billion')).toBe(1.5e12);
    expect(quantityValue('three million')).toBe(3e6);
  });
});

describe('linkToSource, Persian source → English translation', () => {
  // Written for this test from a news sentence's facts; not from any gold set.
  const sources = [
    { id: 'a', text: 'ابراهیم رئیسی، رئیس‌جمهور ایران، روز پنجشنبه برای دیدار با ولادیمیر پوتین وارد مسکو شد.' },
  ];
  const translated = [
    { id: 'a', text: 'Iranian President Ebrahim Raisi arrived in Moscow on Thursday to meet Vladimir Putin.' },
  ];

  it('finds people without the Persian preposition before them, and a place the gazetteer has no Persian name for', () => {
    const linked = linkToSource(recognizeEntities(translated, 'en'), sources, 'fa', 'en').map(
      (m) => `${m.type}:${m.text}`,
    );
    expect(linked).toEqual(expect.arrayContaining(['person:ابراهیم رئیسی', 'person:ولادیمیر پوتین', 'place:مسکو']));
  });
});

describe('projectEntities, English source → Persian translation', () => {
  it('finds the source’s people and places in the translation and names them as it writes them', () => {
    const source = [
      { id: 'a', text: 'Iranian President Ebrahim Raisi arrived in Moscow on Thursday to meet Vladimir Putin.' },
    ];
    const persian = [
      { id: 'a', text: 'ابراهیم رئیسی، رئیس‌جمهور ایران، روز پنجشنبه برای دیدار با ولادیمیر پوتین وارد مسکو شد.' },
    ];
    const { entities, sourceMentions } = projectEntities(source, 'en', persian, 'fa');
    expect(entities.entities.map((e) => `${e.type}:${e.name}`)).toEqual(
      expect.arrayContaining(['person:ابراهیم رئیسی', 'person:ولادیمیر پوتین', 'place:مسکو']),
    );
    const ids = new Set(entities.entities.map((e) => e.id));
    expect(
      entities.mentions.every((m) => ids.has(m.entityId) && persian[0]!.text.slice(m.start, m.end) === m.text),
    ).toBe(true);
    expect(sourceMentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Ebrahim Raisi', 'Moscow']));
  });
});

describe('the source’s names as hints, English source → Urdu translation', () => {
  const source = [
    { id: 'b0', kind: 'paragraph' as const, text: 'Shehbaz Sharif met Bilawal Bhutto Zardari in Lahore.' },
    { id: 'b1', kind: 'paragraph' as const, text: 'Police arrested Mohsin Naqvi on Friday.' },
  ];
  const translation = [
    { id: 'b0', kind: 'paragraph' as const, text: 'شہباز شریف نے لاہور میں بلاول بھٹو زرداری سے ملاقات کی۔' },
    { id: 'b1', kind: 'paragraph' as const, text: 'پولیس نے جمعہ کو محسن نقوی کو گرفتار کر لیا۔' },
  ];
  const found = (options = {}) =>
    recognizeEntities(translation, 'ur', options).mentions.map((m) => `${m.blockId} ${m.type}:${m.text}`);

  it('are asked for only where the translation’s script has no capitals and the source’s has', () => {
    expect(sourceNamesHelp('en', 'ur')).toBe(true);
    expect(sourceNamesHelp('ur', 'en')).toBe(false);
    expect(sourceNamesHelp('en', 'fa')).toBe(false);
  });

  it('find the people the Urdu recogniser alone misses, with its own dates and places', () => {
    const alone = found();
    expect(alone).not.toContain('b0 person:بلاول بھٹو زرداری');
    const hints = projectedCandidates(source, 'en', translation, 'ur');
    expect(found({ hints })).toEqual(
      expect.arrayContaining([
        'b0 person:شہباز شریف',
        'b0 person:بلاول بھٹو زرداری',
        'b0 place:لاہور',
        'b1 person:محسن نقوی',
        'b1 date:جمعہ',
      ]),
    );
  });
});

describe('linkToSource, a former country', () => {
  it('links the Soviet Union to سوویت یونین by its ISO 3166-3 key', () => {
    const result = recognizeEntities(
      [{ id: 'b', text: 'New states were formed after the Soviet Union broke up.' }],
      'en',
    );
    const linked = linkToSource(
      result,
      [{ id: 'b', text: 'سوویت یونین کے ٹوٹنے کے بعد نئی ریاستیں بنیں۔' }],
      'ur',
      'en',
    );
    expect(linked.map((m) => `${m.type}:${m.text}`)).toEqual(['place:سوویت یونین']);
  });
});

describe('linkToSource, a soft g', () => {
  it('links Geo News to جیو نیوز and George to جارج, as Gilgit to گلگت', () => {
    const result = recognizeEntities(
      [{ id: 'b', text: 'George Fernandes told Geo News in Gilgit that talks would resume.' }],
      'en',
    );
    const linked = linkToSource(
      result,
      [{ id: 'b', text: 'جارج فرنانڈس نے گلگت میں جیو نیوز کو بتایا کہ بات چیت دوبارہ شروع ہوگی۔' }],
      'ur',
      'en',
    );
    const byName = (name: string) => {
      const entity = result.entities.find((e) => e.name === name);
      return linked.filter((m) => m.entityId === entity?.id).map((m) => m.text);
    };
    expect(byName('Geo News')).toEqual(['جیو نیوز']);
    expect(byName('George Fernandes')).toEqual(['جارج فرنانڈس']);
    expect(byName('Gilgit')).toEqual(['گلگت']);
  });
});
