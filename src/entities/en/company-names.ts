import { isLegalForm } from '../generic/legal-forms';
import { NAME_TYPES, type Candidate } from '../types';

// English prose joins two items of a list with "and"; an ampersand between capitalised words is a firm's own spelling
// ("Procter & Gamble", "Smith & Partners"), so the words each side of it are one organisation's name.
const AMPERSAND = / & (?=\p{Lu})/gu;
// A capitalised word or an initial, as a firm's name is written on either side of its ampersand.
const WORD_BEFORE = /(?<![\p{L}\p{M}\d.'’-])\p{Lu}[\p{L}\p{M}\d.'’-]*$/u;
const WORD_AFTER = /^\p{Lu}[\p{L}\p{M}\d'’-]*(?:\.(?=\s|$))?/u;
// English's articles and demonstratives open a sentence with a capital and are no part of the name after them.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

const isName = (c: Candidate) => NAME_TYPES.has(c.type);

/** Where the capitalised words that end at `end` begin. */
function wordsBefore(text: string, end: number): number {
  let start = end;
  for (;;) {
    const word = WORD_BEFORE.exec(text.slice(0, start));
    if (!word || DETERMINERS.has(word[0].toLowerCase())) return start === end ? start : start + 1;
    start -= word[0].length;
    if (text[start - 1] !== ' ') return start;
    start -= 1;
  }
}

/** Where the capitalised words from `start` end. */
function wordsAfter(text: string, start: number): number {
  let end = start;
  for (;;) {
    const word = WORD_AFTER.exec(text.slice(end));
    if (!word) return end;
    end += word[0].length;
    if (text[end] !== ' ' || !/^\p{Lu}/u.test(text.slice(end + 1))) return end;
    end += 1;
  }
}

/**
 * "Holland & Hart", "Smith & Wesson": a name beside an ampersand and the capitalised words on its other side are one
 * organisation. Names the tagger found inside it give way to it.
 */
function joinAmpersands(text: string, names: Candidate[]): Candidate[] {
  let out = names;
  for (const match of text.matchAll(AMPERSAND)) {
    const at = match.index;
    const after = at + match[0].length;
    const left = out.find((c) => isName(c) && c.end === at);
    const right = out.find((c) => isName(c) && c.start === after);
    // Two words that no one reads as names ("Terms & Conditions") are left alone.
    if (!left && !right) continue;
    const start = left ? left.start : wordsBefore(text, at);
    const end = right ? right.end : wordsAfter(text, after);
    if (start === at || end === after) continue;
    const base = left ?? right!;
    const joined: Candidate = { ...base, start, end, type: 'organization' };
    out = [...out.filter((c) => !(isName(c) && c.start >= start && c.end <= end)), joined];
  }
  return out;
}

// A legal form after a comma closes a company's name ("Acme Widgets, Inc.", "Holland & Hart, LLP"). Only forms of
// three letters or more: the two-letter ones are also regions and compass points after a comma ("Adelaide, SA").
const LEGAL_FORM_AFTER = /^, ((?:\p{Lu}\p{L}{2,}|plc)\.?)(?![\p{L}\p{M}\d.])/u;

/** A name and the legal form after its comma are one organisation; a lone legal form found there gives way. */
function joinLegalForms(text: string, names: Candidate[]): Candidate[] {
  let out = names;
  for (const c of names) {
    if (!isName(c)) continue;
    const form = LEGAL_FORM_AFTER.exec(text.slice(c.end));
    if (!form || !isLegalForm(form[1]!)) continue;
    const end = c.end + form[0].length;
    const joined: Candidate = { ...c, end, type: 'organization' };
    out = [...out.filter((n) => n !== c && !(isName(n) && n.start > c.start && n.end <= end)), joined];
  }
  return out;
}

/** The tagger's names with a firm's ampersand and legal form put back into them. */
export function joinCompanyNames(text: string, names: Candidate[]): Candidate[] {
  return joinLegalForms(text, joinAmpersands(text, names));
}
