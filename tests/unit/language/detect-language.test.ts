import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/language/detect-language';
import {
  ARABIC_HEADLINES,
  ARABIC_PARAGRAPH,
  OTHERS,
  PERSIAN_ARABIC_KEYBOARD,
  PERSIAN_HEADLINES,
  PERSIAN_PARAGRAPH,
  SEED_DATELINE,
  SEED_HEADLINE,
  SEED_SUBTITLE,
  URDU_ARABIC_KEYBOARD,
} from './samples';

// The project's own copy first; the shared corpus when run from a tree without it.
const SEED = [
  new URL('../../fixtures/seed/article.ur.txt', import.meta.url),
  new URL('../../../../shared/corpus/seed/article.ur.txt', import.meta.url),
].find((url) => existsSync(url));
const seedLines = SEED
  ? readFileSync(SEED, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      // The file also holds a Latin tag ("iran") and the English footer "Comments are closed.": not article text.
      .filter((line) => /\p{Script=Arabic}/u.test(line))
  : [];

describe('detectLanguage on the seed article', () => {
  it.skipIf(seedLines.length === 0)('says Urdu for the whole article, even when the markup says en-US', async () => {
    expect(seedLines.length).toBe(14);
    const result = await detectLanguage(seedLines, { markup: 'en-US' });
    expect(result).toMatchObject({ lang: 'ur', script: 'Arab', dir: 'rtl' });
    expect(result.confidence).toBeGreaterThan(0.9);
  });

  it.skipIf(seedLines.length === 0)('says Urdu for every line on its own', async () => {
    for (const line of seedLines) expect((await detectLanguage([line])).lang, line).toBe('ur');
  });

  it.each([SEED_HEADLINE, SEED_SUBTITLE, SEED_DATELINE])('says Urdu for the headline %s', async (line) => {
    expect(await detectLanguage([line])).toMatchObject({ lang: 'ur', dir: 'rtl' });
  });

  it('keeps Urdu when a browser detector (CLD3 on a headline) says Persian', async () => {
    const browser = async () => [{ language: 'fa', percentage: 90 }];
    expect((await detectLanguage([SEED_HEADLINE], { browser })).lang).toBe('ur');
  });

  it.each(URDU_ARABIC_KEYBOARD)('says Urdu for Urdu typed with Arabic ك/ي: %s', async (line) => {
    expect((await detectLanguage([line])).lang).toBe('ur');
  });
});

describe('detectLanguage on Persian and Arabic', () => {
  it('says Persian for a Persian paragraph and headlines', async () => {
    expect(await detectLanguage([PERSIAN_PARAGRAPH])).toMatchObject({ lang: 'fa', dir: 'rtl' });
    for (const line of PERSIAN_HEADLINES) expect((await detectLanguage([line])).lang, line).toBe('fa');
    expect((await detectLanguage([PERSIAN_ARABIC_KEYBOARD])).lang).toBe('fa');
  });

  it('says Arabic for an Arabic paragraph and headlines', async () => {
    expect(await detectLanguage([ARABIC_PARAGRAPH])).toMatchObject({ lang: 'ar', dir: 'rtl' });
    for (const line of ARABIC_HEADLINES) expect((await detectLanguage([line])).lang, line).toBe('ar');
  });

  it('tells Pashto and Sindhi by their own letters', async () => {
    expect(
      (await detectLanguage(['د ایران ولسمشر د رسمي سفر لپاره مسکو ته ورسېد، چېرته چې یې له پوتین سره وکتل'])).lang,
    ).toBe('ps');
    expect((await detectLanguage(['ايران جو صدر سرڪاري دوري تي ماسڪو پهچي ويو ۽ پوتن سان ملاقات ڪئي'])).lang).toBe(
      'sd',
    );
  });
});

describe('detectLanguage on other scripts', () => {
  it.each(OTHERS)('says %s', async (lang, text) => {
    const result = await detectLanguage([text]);
    expect(result.lang).toBe(lang);
    expect(result.dir).toBe(lang === 'he' ? 'rtl' : 'ltr');
  });

  it('lets a confident browser detector name a language franc-min does not know', async () => {
    const browser = async () => [{ language: 'da', percentage: 98 }];
    const result = await detectLanguage(['Præsidenten ankom til Moskva torsdag'], { browser });
    expect(result).toMatchObject({ lang: 'da', source: 'browser' });
  });

  it('uses the markup only when the text says nothing', async () => {
    expect(await detectLanguage(['2024 — 16/10'], { markup: 'ur-PK' })).toMatchObject({ lang: 'ur', source: 'markup' });
    expect(await detectLanguage(['', '  '])).toMatchObject({ lang: 'und', confidence: 0 });
    expect((await detectLanguage(['The Iranian president arrived in Moscow on Thursday'], { markup: 'ur' })).lang).toBe(
      'en',
    );
  });

  it('survives a browser detector that throws', async () => {
    const browser = async (): Promise<null> => Promise.reject(new Error('no detector'));
    expect((await detectLanguage([OTHERS[0]![1]], { browser })).lang).toBe('en');
  });
});
