import { normalizeLanguageCode } from './normalize-language-code';

/** Languages written right to left in their usual script (Arabic, Hebrew, Thaana, Syriac, N'Ko families). */
const RTL_LANGUAGES = new Set([
  'ar',
  'fa',
  'ur',
  'he',
  'ps',
  'sd',
  'ug',
  'yi',
  'dv',
  'ckb',
  'ku',
  'skr',
  'syr',
  'arc',
  'nqo',
]);

export type TextDirection = 'rtl' | 'ltr';

export function dirOf(lang: string): TextDirection {
  const base = normalizeLanguageCode(lang);
  // Arabic-script Punjabi (Shahmukhi) and Kurdish are tagged with a script subtag rather than their own code.
  if (/-arab\b/i.test(lang) || /-hebr\b/i.test(lang)) return 'rtl';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}
