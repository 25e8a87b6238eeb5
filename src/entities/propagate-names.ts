import { PRIORITY } from './priorities';
import { NAME_TYPES, type Candidate, type EntityType, type TextBlock } from './types';

const SPREAD = new Set<EntityType>(['place', 'organization']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}-]/u;

/**
 * The ways an article writes a found name again, from the language's recogniser: the name itself unless it is too
 * ambiguous alone (a demonym the tagger took for a name), and shorter forms ("Datavine" for "Datavine Inc.").
 */
export type RepeatForms = (name: string, type: EntityType) => { same: boolean; shorter: string[] };

/**
 * A place or organisation found once is found wherever the article writes it again: "Newmont" tagged in one paragraph
 * is Newmont in the next, where the sentence alone gave the tagger too little to go on. Only names that start with a
 * capital spread, so scripts without capitals (Urdu, Persian) are left as they are; people spread by surname in
 * resolve-tentative.ts. A short form of a longer name ("Orvana" after "Orvana Mining Corporation") is that name's
 * wherever it stands, whatever the tagger made of it alone.
 */
export function propagateNames(perBlock: Candidate[][], blocks: TextBlock[], repeatForms: RepeatForms): Candidate[][] {
  const names = new Map<string, EntityType>();
  const short = new Map<string, EntityType>();
  perBlock.forEach((candidates, b) => {
    for (const c of candidates) {
      const text = blocks[b]!.text.slice(c.start, c.end);
      if (!SPREAD.has(c.type) || c.tentative || !/^\p{Lu}/u.test(text) || text.length < 2) continue;
      const forms = repeatForms(text, c.type);
      if (forms.same) names.set(text, c.type);
      for (const form of forms.shorter) short.set(form, c.type);
    }
  });
  for (const [form, type] of short) if (!names.has(form)) names.set(form, type);
  if (names.size === 0) return perBlock;
  return perBlock.map((candidates, b) => {
    const text = blocks[b]!.text;
    const retyped = candidates.map((c) => {
      const type = NAME_TYPES.has(c.type) ? short.get(text.slice(c.start, c.end)) : undefined;
      return type && type !== c.type ? { ...c, type } : c;
    });
    const extra: Candidate[] = [];
    for (const [name, type] of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        // Beside another capitalised word it is part of a longer name or a modifier ("North Korean", "Rwandan Hutu").
        if (/\p{Lu}[\p{L}\p{M}.'’-]* $/u.test(text.slice(Math.max(0, at - 30), at))) continue;
        if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
        if ([...retyped, ...extra].some((c) => at < c.end && end > c.start)) continue;
        extra.push({ start: at, end, type, priority: PRIORITY.weakGuess });
      }
    }
    return extra.length === 0 ? retyped : [...retyped, ...extra].sort((x, y) => x.start - y.start);
  });
}
