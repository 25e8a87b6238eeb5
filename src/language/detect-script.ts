/** ISO 15924 codes of the scripts we tell apart. `Jpan` = Han mixed with kana; `Zyyy` = no letters at all. */
export type ScriptCode =
  | 'Latn'
  | 'Grek'
  | 'Cyrl'
  | 'Armn'
  | 'Hebr'
  | 'Arab'
  | 'Thaa'
  | 'Deva'
  | 'Beng'
  | 'Guru'
  | 'Gujr'
  | 'Orya'
  | 'Taml'
  | 'Telu'
  | 'Knda'
  | 'Mlym'
  | 'Sinh'
  | 'Thai'
  | 'Laoo'
  | 'Tibt'
  | 'Mymr'
  | 'Geor'
  | 'Hang'
  | 'Ethi'
  | 'Khmr'
  | 'Kana'
  | 'Hani'
  | 'Jpan'
  | 'Zyyy';

// [first, last, script]; sorted by first code point. Arabic ranges skip its digits and punctuation (، ؛ ؟ ۔) so a
// Latin text quoting a number in Arabic digits is not counted as Arabic.
const RANGES: readonly (readonly [number, number, ScriptCode])[] = [
  [0x41, 0x5a, 'Latn'],
  [0x61, 0x7a, 'Latn'],
  [0xc0, 0x24f, 'Latn'],
  [0x370, 0x3ff, 'Grek'],
  [0x400, 0x52f, 'Cyrl'],
  [0x531, 0x58f, 'Armn'],
  [0x591, 0x5ff, 'Hebr'],
  [0x620, 0x65f, 'Arab'],
  [0x66e, 0x6d3, 'Arab'],
  [0x6d5, 0x6ef, 'Arab'],
  [0x6fa, 0x6ff, 'Arab'],
  [0x750, 0x77f, 'Arab'],
  [0x780, 0x7bf, 'Thaa'],
  [0x8a0, 0x8ff, 'Arab'],
  [0x900, 0x97f, 'Deva'],
  [0x980, 0x9ff, 'Beng'],
  [0xa00, 0xa7f, 'Guru'],
  [0xa80, 0xaff, 'Gujr'],
  [0xb00, 0xb7f, 'Orya'],
  [0xb80, 0xbff, 'Taml'],
  [0xc00, 0xc7f, 'Telu'],
  [0xc80, 0xcff, 'Knda'],
  [0xd00, 0xd7f, 'Mlym'],
  [0xd80, 0xdff, 'Sinh'],
  [0xe00, 0xe7f, 'Thai'],
  [0xe80, 0xeff, 'Laoo'],
  [0xf00, 0xfff, 'Tibt'],
  [0x1000, 0x109f, 'Mymr'],
  [0x10a0, 0x10ff, 'Geor'],
  [0x1100, 0x11ff, 'Hang'],
  [0x1200, 0x139f, 'Ethi'],
  [0x1780, 0x17ff, 'Khmr'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x1f00, 0x1fff, 'Grek'],
  [0x3040, 0x30ff, 'Kana'],
  [0x3130, 0x318f, 'Hang'],
  [0x31f0, 0x31ff, 'Kana'],
  [0x3400, 0x4dbf, 'Hani'],
  [0x4e00, 0x9fff, 'Hani'],
  [0xac00, 0xd7af, 'Hang'],
  [0xf900, 0xfaff, 'Hani'],
  [0xfb1d, 0xfb4f, 'Hebr'],
  [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
  [0xff66, 0xff9d, 'Kana'],
  [0x20000, 0x2ffff, 'Hani'],
];

function scriptOf(codePoint: number): ScriptCode | undefined {
  let low = 0;
  let high = RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = RANGES[mid];
    if (!range) return undefined;
    if (codePoint < range[0]) high = mid - 1;
    else if (codePoint > range[1]) low = mid + 1;
    else return range[2];
  }
  return undefined;
}

export interface ScriptCounts {
  /** The script with most letters (`Jpan` when kana is mixed into Han, as Japanese is written). */
  script: ScriptCode;
  /** Letters counted in any known script. */
  letters: number;
  counts: Partial<Record<ScriptCode, number>>;
}

/** Counts letters per script. `limit` bounds the work on long articles: the first N characters are plenty. */
export function countScripts(text: string, limit = 20_000): ScriptCounts {
  const counts: Partial<Record<ScriptCode, number>> = {};
  let letters = 0;
  let seen = 0;
  for (const char of text) {
    if (++seen > limit) break;
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x41) continue;
    const script = scriptOf(code);
    if (!script) continue;
    counts[script] = (counts[script] ?? 0) + 1;
    letters++;
  }
  let script: ScriptCode = 'Zyyy';
  let best = 0;
  for (const [name, count] of Object.entries(counts) as [ScriptCode, number][]) {
    if (count > best) [script, best] = [name, count];
  }
  const kana = counts.Kana ?? 0;
  const han = counts.Hani ?? 0;
  // Japanese prose is mostly kana with Han; a few kana in Chinese text (quoted names) do not make it Japanese.
  if ((script === 'Hani' || script === 'Kana') && kana > 0 && kana >= (kana + han) * 0.1) script = 'Jpan';
  return { script, letters, counts };
}
