import { consonantSkeleton, skeletonsMatch } from './consonant-skeleton';
import { normalizeUrdu } from '../ur/normalize-urdu';
import { ORG_WORD_PAIRS } from './org-words';

const MAX_WORDS = 6;

function words(name: string): string[] {
  return normalizeUrdu(name)
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .split(/[\s-]+/)
    .filter(Boolean);
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b || ORG_WORD_PAIRS.get(a)?.has(b)) return true;
  return skeletonsMatch(consonantSkeleton(a), consonantSkeleton(b));
}

/** Whether every word of `a` pairs with a distinct word of `b`, trying the alternatives (at most six words each). */
function pairs(a: string[], b: string[], used: boolean[], at = 0): boolean {
  if (at === a.length) return true;
  for (let k = 0; k < b.length; k++) {
    if (used[k] || !wordsMatch(a[at]!, b[k]!)) continue;
    used[k] = true;
    if (pairs(a, b, used, at + 1)) return true;
    used[k] = false;
  }
  return false;
}

/**
 * Whether two names of an organisation in different languages say the same thing word for word: each word is either
 * transliterated (same consonant skeleton: Meraj ↔ معراج) or translated (Organisation ↔ تنظیم, see org-words.ts), in
 * any order, since Urdu puts the head first ("Finance Ministry" ↔ وزارت خزانہ).
 */
export function orgNamesMatch(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || x.length !== y.length || x.length > MAX_WORDS) return false;
  return pairs(x, y, []);
}
