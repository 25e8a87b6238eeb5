import { describe, expect, it } from 'vitest';
import { linkToSource } from '../../../src/entities/link/link-to-source';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Sentences written for these tests in the manner of Pakistani Urdu news; none is in a gold set.
const mentions = (text: string, lang = 'ur') =>
  recognizeEntities([{ id: 'b0', text }], lang).mentions.map((m) => `${m.type}:${m.text}`);

describe('Urdu enumerations: the items of one list are of one kind', () => {
  it('an unknown item among known places is a place, inside the list or at its end before a postposition', () => {
    expect(mentions('سیلاب سے سکھر، حیدرآباد، کوٹ ڈیجی اور لاڑکانہ متاثر ہوئے۔')).toEqual([
      'place:سکھر',
      'place:حیدرآباد',
      'place:کوٹ ڈیجی',
      'place:لاڑکانہ',
    ]);
    expect(mentions('وفد نے کراچی، لاہور اور نوکنڈی کا دورہ کیا۔')).toContain('place:نوکنڈی');
  });

  it('an unknown item among known people is a person', () => {
    expect(mentions('تقریب میں صدر آصف زرداری، وزیراعظم شہباز شریف اور بلاول سے ملاقات ہوئی۔')).toContain(
      'person:بلاول',
    );
  });

  it('names nothing where the last item’s end is not known, the known items differ in kind, or an item is a common word', () => {
    // Is شریک ("present") part of the last name? Only a postposition would say where it ends.
    expect(mentions('مشاعرے میں فیض احمد فیض، احمد فراز، ناصر کاظمی اور منیر نیازی شریک تھے۔')).not.toContain(
      'person:منیر نیازی شریک',
    );
    // A person and a place: no kind to share.
    expect(mentions('اجلاس میں شہباز شریف، کراچی اور گوادر بندرگاہ پر بات ہوئی۔')).not.toContain('place:گوادر بندرگاہ');
    // Demonyms and everyday words are no names.
    expect(mentions('کراچی، لاہور اور ایرانی شہروں میں مظاہرے ہوئے۔')).toEqual(['place:کراچی', 'place:لاہور']);
  });
});

describe('Pakistan’s cities in Urdu', () => {
  it('knows the cities of 100,000 people or more and both territories, and links them to their English names', () => {
    const text = 'بارش سے فیصل آباد، سیالکوٹ، سکھر اور گلگت بلتستان میں نقصان ہوا۔';
    expect(mentions(text)).toEqual(['place:فیصل آباد', 'place:سیالکوٹ', 'place:سکھر', 'place:گلگت بلتستان']);
    const english = recognizeEntities(
      [{ id: 'b0', text: 'Rain caused damage in Faisalabad, Sialkot, Sukkur and Gilgit-Baltistan.' }],
      'en',
    );
    const linked = linkToSource(english, [{ id: 'b0', text }], 'ur', 'en');
    expect(linked.map((m) => m.text)).toEqual(['فیصل آباد', 'سیالکوٹ', 'سکھر', 'گلگت بلتستان']);
  });
});

describe('a place glued to the next word', () => {
  it('is found before a function word, not at the start of another word', () => {
    expect(mentions('ایرانی صدر کل ماسکوپہنچ گئے۔')).toContain('place:ماسکو');
    // پیروکار "follower" starts like پیرو (Peru).
    expect(mentions('ان کے پیروکاروں نے احتجاج کیا۔')).toEqual([]);
  });
});
