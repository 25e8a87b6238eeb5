import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

// Sentences written for these tests in the manner of Pakistani Urdu news (none is in a gold set).
const mentions = (...texts: string[]) =>
  recognizeEntities(
    texts.map((text, i) => ({ id: `b${i}`, text })),
    'ur',
  ).mentions.map((m) => `${m.type}:${m.text}`);

describe('Urdu people and organisations in news', () => {
  it('reads "head آف name اینڈ name" whole, with the name words before the head', () => {
    const found = mentions('طلبہ نے نیشنل یونیورسٹی آف سائنسز اینڈ ٹیکنالوجی میں داخلے کے لیے درخواستیں جمع کرائیں۔');
    expect(found).toContain('organization:نیشنل یونیورسٹی آف سائنسز اینڈ ٹیکنالوجی');
  });

  it('reads no organisation into a determiner before a head word', () => {
    const found = mentions('حکام کے مطابق کسی دوسری کمپنی کو ٹھیکہ نہیں دیا گیا۔');
    expect(found.filter((m) => m.startsWith('organization'))).toEqual([]);
  });

  it('reads a name after a rank or a form of address, without the rank', () => {
    expect(mentions('جناب طارق محمود نے تقریب سے خطاب کیا۔')).toContain('person:طارق محمود');
    expect(mentions('تھانے کے انسپکٹر ندیم اقبال نے مقدمہ درج کر لیا۔')).toContain('person:ندیم اقبال');
  });

  it('keeps اللہ inside a compound given name', () => {
    expect(mentions('شیخ رفیع اللہ شہر کے معروف تاجر ہیں۔')).toContain('person:شیخ رفیع اللہ');
  });

  it('reads an institution named after a titled person as an organisation, not as the person', () => {
    const found = mentions('طلبہ نے علامہ اقبال میڈیکل کالج کے باہر احتجاج کیا۔');
    expect(found).toContain('organization:علامہ اقبال میڈیکل کالج');
    expect(found.filter((m) => m.startsWith('person'))).toEqual([]);
  });

  it('finds a titled full name again where the article repeats it without the title', () => {
    const found = mentions(
      'وزیر خزانہ اسحاق ڈار نے بجٹ تجاویز پیش کیں۔',
      'اجلاس کے بعد اسحاق ڈار کی تجاویز پر بحث ہوئی۔',
    );
    expect(found.filter((m) => m.startsWith('person'))).toEqual(['person:اسحاق ڈار', 'person:اسحاق ڈار']);
  });

  it("takes a relative's given names with the surname spread from a titled person", () => {
    const found = mentions('وزیراعظم شہباز شریف نے کہا کہ مریم نواز شریف بھی اجلاس میں موجود تھیں۔');
    expect(found).toContain('person:مریم نواز شریف');
  });

  it('reads a name before an honorific without the honorific, and no honorific alone as a name', () => {
    expect(mentions('پارٹی اجلاس کے بعد گاندھی جی کے پیروکاروں نے جلوس نکالا۔')).toContain('person:گاندھی');
    expect(mentions('عمران خان صاحب نے جلسے سے خطاب کیا۔')).toEqual(['person:عمران خان']);
    expect(mentions('ڈاکٹر صاحب نے مریض کا معائنہ کیا۔')).toEqual([]);
  });
});
