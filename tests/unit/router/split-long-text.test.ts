import { describe, expect, it } from 'vitest';
import { joinParts, splitLongText } from '../../../src/translate/router/split-long-text';

describe('splitLongText', () => {
  it('cuts Urdu at ۔ and ؟ and keeps every part within the limit', () => {
    const sentence = 'روسی صدر نے کہا کہ ہماری ملاقات یقینی طور پر بروقت ہے۔ ';
    const question = 'کیا دونوں ممالک مل کر کام کریں گے؟ ';
    const text = (sentence + question).repeat(20).trim();
    const { parts, gaps } = splitLongText(text, 200);
    expect(parts.every((part) => part.length <= 200)).toBe(true);
    expect(parts.every((part) => /[۔؟]$/.test(part))).toBe(true);
    expect(parts.join(' ')).toBe(text);
    expect(gaps).toHaveLength(parts.length - 1);
  });

  it('cuts Chinese at 。 where there are no spaces', () => {
    const text = '伊朗总统周四抵达莫斯科进行正式访问。'.repeat(10);
    const { parts } = splitLongText(text, 40);
    expect(parts.every((part) => part.length <= 40 && part.endsWith('。'))).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('falls back to Arabic commas, then spaces, then a hard cut', () => {
    const clauses = Array.from({ length: 8 }, (_, i) => `جملة طويلة رقم ${i} بدون نقطة`).join('، ');
    expect(splitLongText(clauses, 60).parts.every((part) => part.length <= 60 && !part.startsWith('،'))).toBe(true);
    const words = 'word '.repeat(50).trim();
    const byWords = splitLongText(words, 23);
    expect(byWords.parts.every((part) => part.length <= 23)).toBe(true);
    expect(byWords.parts.join(' ')).toBe(words);
    expect(splitLongText('x'.repeat(25), 10).parts).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('does not cut at a decimal point', () => {
    const { parts } = splitLongText('Growth was 3.5 percent. Inflation fell to 2.1 percent this year.', 40);
    expect(parts).toEqual(['Growth was 3.5 percent.', 'Inflation fell to 2.1 percent this year.']);
  });
});

describe('joinParts', () => {
  it('joins with a space for spaced targets, nothing for Chinese, and keeps line breaks', () => {
    expect(joinParts(['One.', 'Two.'], [''], 'en')).toBe('One. Two.');
    expect(joinParts(['一。', '二。'], [' '], 'zh')).toBe('一。二。');
    expect(joinParts(['One.', 'Two.'], ['\n'], 'en')).toBe('One.\nTwo.');
    expect(joinParts(['Only'], [], 'en')).toBe('Only');
  });
});
