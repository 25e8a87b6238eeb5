// Diacritics (harakat, superscript alef) and joiners vary between writers; without them the same word compares equal.
const STRIP = /[\u064B-\u065F\u0670\u200C]|\u200D/;
const STRIP_ALL = /[\u064B-\u065F\u0670\u200C]|\u200D/g;
const VARIANT_LETTERS = /[يىكة]/;
const memo = new Map<string, string>();

/**
 * Normalises Urdu/Arabic-script text for matching. Every change keeps or removes whole UTF-16 units, so callers that need
 * offsets into the original use `normalizeUrduWithMap`.
 */
export function normalizeUrdu(text: string): string {
  // Names and words are normalised over and over while matching; paragraphs are not worth remembering.
  const short = text.length <= 64;
  const known = short ? memo.get(text) : undefined;
  if (known !== undefined) return known;
  const out = text.normalize('NFC').replace(STRIP_ALL, '').replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/ة/g, 'ہ');
  if (short) {
    if (memo.size > 20000) memo.clear();
    memo.set(text, out);
  }
  return out;
}

/** Same as `normalizeUrdu`, plus `map[i]` = offset in the original text of the normalised text's unit `i`. */
export function normalizeUrduWithMap(text: string): { text: string; map: number[] } {
  const source = text.normalize('NFC');
  // NFC can change lengths; offsets stay exact only when it does not, which holds for Urdu text in practice.
  const exact = source.length === text.length;
  if (exact && !STRIP.test(source) && !VARIANT_LETTERS.test(source)) {
    return { text: source, map: Array.from({ length: source.length + 1 }, (_, i) => i) };
  }
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (STRIP.test(ch)) continue;
    out += ch === 'ي' || ch === 'ى' ? 'ی' : ch === 'ك' ? 'ک' : ch === 'ة' ? 'ہ' : ch;
    map.push(exact ? i : Math.min(i, text.length - 1));
  }
  map.push(exact ? source.length : text.length);
  return { text: out, map };
}
