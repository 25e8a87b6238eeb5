import { consonantSkeleton } from './link/consonant-skeleton';
import { normalizeUrdu } from './ur/normalize-urdu';
import { NAME_TYPES, type Candidate, type TextBlock } from './types';
import { URDU_STOP_WORDS } from './ur/urdu-lexicon';
import { PRIORITY } from './priorities';
import { gazetteerFor } from './generic/region-gazetteer';
import { recogniserFor } from './recognisers';
import { fullNameMentions } from './repeat-full-names';
import { nameStartBefore } from './ur/name-before-surname';

const isArabicScript = (lang: string) => recogniserFor(lang).arabicScript;

/**
 * A lone capitalised word ("Raisi is holding…") is a person only if a full name found elsewhere in the article ends
 * with it; and such a surname is that person wherever it stands, even where it is also an ordinary word or opens a
 * sentence ("Major's office said", after "John Major"). In Urdu, where nothing is capitalised, every word whose skeleton equals the surname of a titled person
 * becomes a mention (رئیسی، پوٹن alone).
 */
export function resolveTentative(perBlock: Candidate[][], blocks: TextBlock[], lang: string): Candidate[][] {
  const arabic = isArabicScript(lang);
  const key = (word: string) => (arabic ? consonantSkeleton(word) : word.toLowerCase());
  const surnames = new Set<string>();
  const exact = new Set<string>();
  // The full names of people the Urdu rules read after a title, by their normalised words, longest first.
  const fullNames = new Map<string, string[]>();
  // Surnames of people named in full (John Major): their lone, capitalised mentions are that person too.
  const fullSurnames = new Set<string>();
  perBlock.forEach((candidates, b) => {
    for (const c of candidates) {
      if (c.type !== 'person' || c.tentative) continue;
      const words = blocks[b]!.text.slice(c.start, c.end).split(/\s+/);
      const last = words[words.length - 1]!;
      // In Urdu only the surname of a person the rules read after a title spreads: a word the tagger took for the end
      // of a name ("جنرل سٹڈیز") is too often an ordinary one.
      if (!arabic || (words.length > 1 && c.priority >= PRIORITY.knownName)) {
        surnames.add(key(last));
        exact.add(normalizeUrdu(last));
        if (arabic) fullNames.set(words.map(normalizeUrdu).join(' '), words.map(normalizeUrdu));
      }
      if (words.length > 1 && /^\p{Lu}\p{Ll}/u.test(last)) fullSurnames.add(last);
    }
  });
  return perBlock.map((candidates, b) => {
    const kept = candidates.filter((c) => !c.tentative || surnames.has(key(blocks[b]!.text.slice(c.start, c.end))));
    const text = blocks[b]!.text;
    if (!arabic) {
      // The surname of a person named in full is that person, whatever a paragraph's tagger made of it ("Eich" after
      // "Brendan Eich"), unless the gazetteer or a lexicon vouches for another reading (Washington).
      const places = gazetteerFor(lang).byName;
      const retyped = kept.map((c) => {
        const words = text.slice(c.start, c.end);
        const surname = c.type !== 'person' && NAME_TYPES.has(c.type) && fullSurnames.has(words) && !places.has(words);
        return surname && c.priority !== PRIORITY.knownName ? { ...c, type: 'person' as const } : c;
      });
      return [...retyped, ...surnameMentions(text, fullSurnames, retyped)].sort((a, x) => a.start - x.start);
    }
    const longestFirst = [...fullNames.values()].sort((x, y) => y.length - x.length);
    const extra: Candidate[] = fullNameMentions(text, longestFirst, kept);
    for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const start = match.index;
      const end = start + match[0].length;
      const skeleton = consonantSkeleton(match[0]);
      const word = normalizeUrdu(match[0]);
      const known = exact.has(word) || (skeleton.length >= 3 && surnames.has(skeleton));
      if (!known || URDU_STOP_WORDS.has(word)) continue;
      if ([...kept, ...extra].some((c) => start < c.end && end > c.start)) continue;
      // The surname may end a relative's full name ("مریم نواز شریف" after "شہباز شریف"): the mention takes it all.
      const first = nameStartBefore(text, start);
      const from = [...kept, ...extra].some((c) => first < c.end && start > c.start) ? start : first;
      extra.push({ start: from, end, type: 'person', priority: PRIORITY.weakGuess });
    }
    return [...kept, ...extra].sort((a, x) => a.start - x.start);
  });
}

/** Capitalised occurrences of the surnames that no candidate covers yet. */
function surnameMentions(text: string, surnames: Set<string>, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (surnames.size === 0) return out;
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)) {
    if (!surnames.has(match[0])) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (/[\p{L}\p{M}-]/u.test(text[start - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[end] ?? '')) continue;
    if (kept.some((c) => start < c.end && end > c.start)) continue;
    out.push({ start, end, type: 'person', priority: PRIORITY.weakGuess });
  }
  return out;
}
