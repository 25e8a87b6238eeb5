/**
 * Text normalisation shared by the phrase table and the page, so both sides compare equal whatever the keyboard,
 * the font's letter variants or the theme's punctuation.
 */

// Letters that look the same to a reader but differ in code points: Arabic-keyboard forms typed on Urdu/Persian pages,
// alef variants, Turkish dotless i, and Latin letters NFD does not decompose.
const LETTER_VARIANTS: Record<string, string> = {
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۃ: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');
// ZWNJ/ZWJ, bidi controls, BOM and the Arabic tatweel carry no meaning for matching.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0640\u00ad]/gu;
// Accents (Latin, Greek, Cyrillic), Hebrew points and Arabic harakat/hamza only: Indic and Thai vowel signs and kana
// voicing marks change the word, so they stay.
const MARKS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
const NON_WORD = /[\p{P}\p{S}\s]+/gu;

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** Arabic-Indic, Extended Arabic-Indic (Urdu/Persian), Devanagari, Bengali and full-width digits → ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    const base = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - base);
  });
}

/**
 * Lower case, no diacritics, unified letter variants, punctuation (including ۔ . 。) and symbols as single spaces,
 * trimmed. Normalising is lossy on purpose: the result is for matching, never for display.
 */
export function normalizeText(text: string): string {
  return asciiDigits(text)
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .normalize('NFKD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(NON_WORD, ' ')
    .trim();
}

// Scripts that separate words with spaces and attach no prefixes: there a keyword must start a word.
const WORD_START_SCRIPTS = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d ]+$/u;

/**
 * Whether normalised `text` holds normalised `keyword`. Latin/Cyrillic/Greek keywords must begin a word ("closed" must
 * not match "disclosed"); a keyword written with a leading space must too. Other scripts match anywhere, because Arabic
 * and Hebrew attach prefixes (ال, ה) and CJK/Thai have no spaces.
 */
export function hasKeyword(text: string, keyword: string): boolean {
  if (keyword.startsWith(' ') || WORD_START_SCRIPTS.test(keyword)) {
    return ` ${text}`.includes(keyword.startsWith(' ') ? keyword : ` ${keyword}`);
  }
  return text.includes(keyword);
}
