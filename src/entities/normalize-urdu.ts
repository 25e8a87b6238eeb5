// Diacritics (harakat, superscript alef) and joiners vary between writers; without them the same word compares equal.
const STRIP = /[\u064B-\u065F\u0670\u200C\u200D]/;

/**
 * Normalises Urdu/Arabic-script text for matching. Every change keeps or removes whole UTF-16 units, so callers that need
 * offsets into the original use `normalizeUrduWithMap`.
 */
export function normalizeUrdu(text: string): string {
  return normalizeUrduWithMap(text).text;
}

/** Same as `normalizeUrdu`, plus `map[i]` = offset in the original text of the normalised text's unit `i`. */
export function normalizeUrduWithMap(text: string): { text: string; map: number[] } {
  const source = text.normalize('NFC');
  // NFC can change lengths; offsets stay exact only when it does not, which holds for Urdu text in practice.
  const exact = source.length === text.length;
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
