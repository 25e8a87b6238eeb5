import { PRIORITY } from './priorities';
import type { Candidate } from './types';
import { normalizeUrdu } from './ur/normalize-urdu';

/**
 * In Arabic-script text, where nothing is capitalised, the full name of a person the rules read after a title
 * ("وزیر خارجہ اسحاق ڈار") is that person wherever the article writes it again without the title ("… اسحاق ڈار کی
 * تجاویز"); otherwise only its surname would be found there. `names` are the names' normalised words; the mentions
 * returned overlap none of `taken`.
 */
export function fullNameMentions(text: string, names: string[][], taken: Candidate[]): Candidate[] {
  if (names.length === 0) return [];
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    word: normalizeUrdu(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: Candidate[] = [];
  words.forEach((first, i) => {
    for (const name of names) {
      const run = words.slice(i, i + name.length);
      if (run.length < name.length || run.some((w, k) => w.word !== name[k])) continue;
      // One name: its words stand apart by spaces only, and no letter is glued to either end.
      if (run.some((w, k) => k > 0 && !/^ +$/.test(text.slice(run[k - 1]!.end, w.start)))) continue;
      const end = run.at(-1)!.end;
      if ([...taken, ...out].some((c) => first.start < c.end && end > c.start)) continue;
      out.push({ start: first.start, end, type: 'person', priority: PRIORITY.weakGuess });
      break;
    }
  });
  return out;
}
