// Word boundaries for the date and number patterns, written as explicit ranges: a `\p{L}` class makes V8 compile
// hundreds of ranges (with surrogate handling) on a pattern's first use, ~5 ms each on a slow machine, while these
// cover every script the recognisers read (Latin, Greek, Cyrillic, Arabic-script) and compile at once without the `u`
// flag.
const LATIN =
  '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u036F\\u1E00-\\u1EFF';
const GREEK_CYRILLIC = '\\u0370-\\u037D\\u037F-\\u0386\\u0388-\\u052F';
// Arabic script without its punctuation (، ؛ ؟ ٪ ٫ ٬ ۔ and the Quranic signs), which must stay a boundary.
const ARABIC =
  '\\u0610-\\u061A\\u0620-\\u0669\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06FC\\u06FF' +
  '\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFD3D\\uFD50-\\uFDFB\\uFE70-\\uFEFC';

/** The ranges of letters, combining marks and digits of the scripts above, to put inside a character class. */
export const WORD_RANGES = `${LATIN}${GREEK_CYRILLIC}${ARABIC}`;

/** A letter, combining mark or digit (a character class for a pattern without the `u` flag). */
export const WORD_CHAR = `[${WORD_RANGES}]`;

/** Not right after a letter, mark or digit. */
export const WORD_START = `(?<!${WORD_CHAR})`;

/** Not right before a letter, mark or digit. */
export const WORD_END = `(?!${WORD_CHAR})`;
