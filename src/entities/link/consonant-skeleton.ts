import { normalizeUrdu } from '../ur/normalize-urdu';

// Urdu → Latin consonants. Vowel letters (ا و ی ے), h-like letters (ہ ھ ح) and hamza/ain vanish, as English vowels,
// h, w, v and y do: "Putin", پیوٹن and پوٹن all become "ptn"; z-like letters fold into s, retroflex into dental.
const URDU: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 's',
  ج: 'j',
  چ: 'c',
  خ: 'k',
  د: 'd',
  ڈ: 'd',
  ذ: 's',
  ر: 'r',
  ڑ: 'r',
  ز: 's',
  ژ: 's',
  س: 's',
  ش: 'S',
  ص: 's',
  ض: 's',
  ط: 't',
  ظ: 's',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
};

function latinSkeleton(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/sh|sch/g, 'S')
    .replace(/ch/g, 'c')
    .replace(/kh|ck|q/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th|dh/g, (m) => m[0]!)
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/[^bcdfgjklmnprsStS]/g, '');
}

const memo = new Map<string, string>();

/** Consonant skeleton of a name in Latin or Urdu/Arabic script; doubled consonants collapse ("Assad" → "sd"). */
export function consonantSkeleton(text: string): string {
  // Linking compares the same few hundred words and names again and again.
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size > 20000) memo.clear();
  const skeleton = computeSkeleton(text);
  memo.set(text, skeleton);
  return skeleton;
}

function computeSkeleton(text: string): string {
  let out = '';
  for (const word of normalizeUrdu(text).split(/[\s-]+/)) {
    out += /[\u0600-\u06FF]/.test(word)
      ? [...word].map((ch) => URDU[ch] ?? (/[a-z0-9]/i.test(ch) ? ch : '')).join('')
      : latinSkeleton(word);
  }
  // ش/sh and س/s fold together: "Russia" is رشیا in Urdu.
  return out.replace(/S/g, 's').replace(/(.)\1+/g, '$1');
}

/** Edit distance, for skeletons that differ by one transliteration choice (Peskov "psk" / پیسکوف "pskf"). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

// English writes a soft g where Urdu writes ج (Geo جیو, George جارج, Germany جرمنی) and a hard g where Urdu writes
// گ (Gilgit گلگت): compared, the two letters are one.
const softG = (skeleton: string) => skeleton.replace(/j/g, 'g');

/**
 * Two skeletons name the same thing: equal (g and j counted as one), or one edit apart when both have at least four
 * consonants.
 */
export function skeletonsMatch(x: string, y: string): boolean {
  const a = softG(x);
  const b = softG(y);
  if (a.length < 2 || b.length < 2) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= Math.floor(Math.min(a.length, b.length) / 4);
}
