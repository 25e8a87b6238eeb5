import { isLegalForm } from '../generic/legal-forms';
import { gazetteerFor } from '../generic/region-gazetteer';
import { NAME_TYPES, type Candidate, type EntityType } from '../types';
import { KNOWN_ORGS, ORG_WORDS } from './english-lexicon';
import { wordKind } from './english-word-tags';

// "Leeds, Huddersfield and Bradford", "San Jose, Palo Alto, San Francisco", "Ashworth, Pemberton or Quayle": the names
// of one enumeration are things of one kind, so a name the tagger typed apart from all the others takes their type.
// The tagger reads a town that is also a surname ("Bradford") as a person, and a rare surname as a place.

// A comma between two items, or the comma or space and the conjunction before the last.
const BETWEEN = /^\s*,\s*$/u;
const BEFORE_LAST = /^\s*,?\s+(?:and|or)\s+$/u;

/** One item of an enumeration: the names found over one span (the rules and the tagger may both name it). */
interface Item {
  start: number;
  end: number;
  names: Candidate[];
}

/**
 * A name whose type the gazetteer or a lexicon vouches for keeps it ("Netflix, Pixar and Marvel"), and so does a company
 * by its legal form or an organisation by its head word before its address ("Acme Trace Inc., San Antonio, Texas").
 */
function vouched(c: Candidate, text: string): boolean {
  const phrase = text.slice(c.start, c.end);
  const kind = wordKind(phrase);
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  return (
    (c.type === 'place' && (gazetteerFor('en').byName.has(phrase) || kind === 'place')) ||
    (c.type === 'organization' &&
      (KNOWN_ORGS.has(phrase.toLowerCase()) ||
        kind === 'organization' ||
        isLegalForm(last) ||
        ORG_WORDS.has(last.toLowerCase())))
  );
}

/** The names of `found` as items, by start, the names over one span together. */
function itemsOf(found: Candidate[]): Item[] {
  const items: Item[] = [];
  for (const c of found.filter((f) => NAME_TYPES.has(f.type)).sort((a, b) => a.start - b.start)) {
    const last = items.at(-1);
    if (last && last.start === c.start && last.end === c.end) last.names.push(c);
    else items.push({ start: c.start, end: c.end, names: [c] });
  }
  return items;
}

/** An enumeration's items in order, and whether a conjunction joins its last ("A, B and C"), or commas only. */
interface Enumeration {
  items: Item[];
  joined: boolean;
}

/** The enumerations of three items or more. */
function enumerations(text: string, items: Item[]): Enumeration[] {
  const lists: Enumeration[] = [];
  let list: Item[] = [];
  const close = (joined: boolean) => {
    if (list.length >= 3) lists.push({ items: list, joined });
    list = [];
  };
  for (const item of items) {
    const prev = list.at(-1);
    const gap = prev && prev.end <= item.start ? text.slice(prev.end, item.start) : '';
    if (prev && BETWEEN.test(gap)) list.push(item);
    else if (prev && BEFORE_LAST.test(gap)) {
      list.push(item);
      close(true);
    } else {
      close(false);
      list = [item];
    }
  }
  close(false);
  return lists;
}

/**
 * Retypes, in place, the one item of an enumeration of three or more whose type differs from all the others', unless
 * it is vouched for. Not into an organisation unless one of the others is vouched for as one: the tagger's weakest type
 * ("Butler, Asghar and Amiri" read as companies). Where commas alone join the items, only one between two others: the
 * first or last may not belong ("From Lisbon, Portugal, Marta Quintela said", a company before its address). Items
 * whose names disagree say nothing.
 */
export function agreeListTypes(text: string, found: Candidate[]): void {
  for (const { items, joined } of enumerations(text, itemsOf(found))) {
    const types = items.map((item) => new Set(item.names.map((c) => c.type)));
    if (types.some((t) => t.size !== 1)) continue;
    const counts = new Map<EntityType, number>();
    for (const t of types) for (const type of t) counts.set(type, (counts.get(type) ?? 0) + 1);
    if (counts.size !== 2) continue;
    const [[a, na], [b, nb]] = [...counts] as [[EntityType, number], [EntityType, number]];
    if (Math.min(na, nb) !== 1) continue;
    const [major, minor] = na > nb ? [a, b] : [b, a];
    const typeOf = (item: Item) => item.names[0]!.type;
    const vouchedMajor = items.some((item) => typeOf(item) === major && item.names.some((c) => vouched(c, text)));
    if (major === 'organization' && !vouchedMajor) continue;
    items.forEach((item, i) => {
      if (typeOf(item) !== minor || item.names.some((c) => vouched(c, text))) return;
      if (!joined && (i === 0 || i === items.length - 1)) return;
      for (const c of item.names) c.type = major;
    });
  }
}
