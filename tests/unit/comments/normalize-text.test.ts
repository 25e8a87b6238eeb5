import { describe, expect, it } from 'vitest';
import { asciiDigits, hasKeyword, normalizeText } from '../../../src/comments/normalize-text';

describe('normalizeText', () => {
  it('folds case, punctuation and Latin diacritics', () => {
    expect(normalizeText('  Les commentaires sont FERMÉS. ')).toBe('les commentaires sont fermes');
    expect(normalizeText('Możliwość — wyłączona!')).toBe('mozliwosc wylaczona');
    expect(normalizeText('KAPATILDI')).toBe(normalizeText('kapatıldı'));
  });

  it('unifies Arabic-script letter variants, ZWNJ and the Urdu full stop', () => {
    expect(normalizeText('تبصرے بند ہیں۔')).toBe(normalizeText('تبصرے بند ہيں'));
    expect(normalizeText('دیدگاه‌ها')).toBe(normalizeText('ديدگاهها'));
    expect(normalizeText('كتاب')).toBe(normalizeText('کتاب'));
    expect(normalizeText('مغلقة')).toBe(normalizeText('مغلقه'));
  });

  it('drops CJK full stops but keeps kana voicing marks', () => {
    expect(normalizeText('评论已关闭。')).toBe('评论已关闭');
    expect(normalizeText('ガ')).not.toBe(normalizeText('カ'));
  });

  it('reads Urdu, Arabic and Devanagari digits', () => {
    expect(asciiDigits('۱۲ تبصرے')).toBe('12 تبصرے');
    expect(asciiDigits('٣ تعليقات')).toBe('3 تعليقات');
    expect(asciiDigits('१०')).toBe('10');
  });
});

describe('hasKeyword', () => {
  it('needs Latin keywords to start a word', () => {
    expect(hasKeyword('comments are closed', 'closed')).toBe(true);
    expect(hasKeyword('the disclosed comment', 'closed')).toBe(false);
  });

  it('matches Arabic-script keywords inside words, unless marked word-initial', () => {
    expect(hasKeyword(normalizeText('التعليقات'), normalizeText('تعليق'))).toBe(true);
    expect(hasKeyword(normalizeText('پابندی'), ' بند')).toBe(false);
    expect(hasKeyword(normalizeText('تبصرے بند ہیں'), ' بند')).toBe(true);
  });
});
