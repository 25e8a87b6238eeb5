import { describe, expect, it } from 'vitest';
import { defaultTargetLanguage } from '../../../src/language/default-target-language';
import { detectBlockLanguage } from '../../../src/language/detect-block-language';
import { normalizeLanguageCode } from '../../../src/language/normalize-language-code';
import { dirOf } from '../../../src/language/text-direction';
import { SEED_HEADLINE } from './samples';

describe('normalizeLanguageCode', () => {
  it.each([
    ['ur-PK', 'ur'],
    ['ur_PK', 'ur'],
    ['UR', 'ur'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh_CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['iw', 'he'],
    ['in', 'id'],
    ['nb', 'no'],
    ['nb-NO', 'no'],
    ['urd', 'ur'],
    ['pes', 'fa'],
    ['arb', 'ar'],
    ['eng', 'en'],
    ['deu', 'de'],
    ['pt-BR', 'pt'],
    ['', ''],
    ['und', ''],
    ['auto', 'auto'],
    ['???', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLanguageCode(input)).toBe(expected);
  });
});

describe('dirOf', () => {
  it.each(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ur-PK', 'iw', 'pa-Arab'])(
    '%s is rtl',
    (lang) => {
      expect(dirOf(lang)).toBe('rtl');
    },
  );
  it.each(['en', 'de', 'hi', 'zh-Hant', 'ru', 'pa', ''])('%s is ltr', (lang) => {
    expect(dirOf(lang)).toBe('ltr');
  });
});

describe('defaultTargetLanguage', () => {
  it('reduces the UI language and falls back to English', () => {
    expect(defaultTargetLanguage('ur-PK')).toBe('ur');
    expect(defaultTargetLanguage('zh-TW')).toBe('zh-Hant');
    expect(defaultTargetLanguage('en-US')).toBe('en');
    expect(defaultTargetLanguage('')).toBe('en');
    expect(defaultTargetLanguage(undefined)).toBe('en');
  });
});

describe('detectBlockLanguage', () => {
  it('detects a lone block from its script and letters', () => {
    expect(detectBlockLanguage(SEED_HEADLINE)).toEqual({ lang: 'ur', dir: 'rtl', script: 'Arab' });
  });

  it('gives a block in the article script the article language, and a quote in another script its own', () => {
    const article = { lang: 'ur', script: 'Arab' };
    expect(detectBlockLanguage('ماسکو', article)).toMatchObject({ lang: 'ur', dir: 'rtl' });
    expect(detectBlockLanguage('Comments are closed. The president arrived in Moscow.', article)).toMatchObject({
      lang: 'en',
      dir: 'ltr',
    });
    expect(detectBlockLanguage('16/10/2024', article)).toMatchObject({ lang: 'ur', dir: 'rtl' });
  });
});
