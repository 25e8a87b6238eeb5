import type { Candidate } from '../types';

// "حبیب اللہ", "ثناء اللہ", "عطاء اللہ": Arabic compound given names end in اللہ "God", written as a word of its own, which
// no name list holds (it is no name alone). Source: the theophoric names of Arabic, Persian and Urdu naming.
const GOD = /^ (?:اللہ|الله|اﷲ)(?![\p{L}\p{M}])/u;

/**
 * A person whose span ends right before a separate اللہ ("شیخ حبیب" in "شیخ حبیب اللہ") runs on over it: the rules and
 * the tagger end a name at a word they do not know as part of one, and اللہ is none of their name words.
 */
export function withTheophoricEnd(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'person') return c;
    const tail = GOD.exec(text.slice(c.end, c.end + 8));
    return tail ? { ...c, end: c.end + tail[0].length } : c;
  });
}
