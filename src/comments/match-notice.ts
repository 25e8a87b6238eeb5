import type { NoticeKeywords } from './closed-phrases';
import { hasKeyword, normalizeText } from './normalize-text';

export interface NoticeMatch {
  entry: NoticeKeywords;
  /** The normalised keyword or phrase that matched: for restricted notices, the audience word. */
  keyword: string;
  /** The text equals the table's own phrase (after normalisation): a stronger match than keywords. */
  exact: boolean;
}

interface CompiledEntry {
  entry: NoticeKeywords;
  phrase: string;
  subjects: string[];
  states: string[];
  phrases: string[];
  unless: string[];
}

// Keep a leading space: it marks "must start a word" (see hasKeyword), and normalising would trim it.
const compileKeyword = (keyword: string): string => (keyword.startsWith(' ') ? ' ' : '') + normalizeText(keyword);

export function compileTable(table: NoticeKeywords[]): CompiledEntry[] {
  return table.map((entry) => ({
    entry,
    phrase: entry.phrase ? normalizeText(entry.phrase) : '',
    subjects: entry.subjects.map(compileKeyword),
    states: entry.states.map(compileKeyword),
    phrases: (entry.phrases ?? []).map(compileKeyword),
    unless: (entry.unless ?? []).map(compileKeyword),
  }));
}

/** Every keyword of a table, for a cheap first pass over each text node. */
export function keywordsOf(compiled: CompiledEntry[]): string[] {
  return compiled.flatMap((c) => [...c.subjects, ...c.phrases].map((k) => k.trim()));
}

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * "Essentially the notice": a short text, not a sentence of a paragraph. Closing notices run 2–8 words; "Comments Off
 * on <post title>" is allowed its title; requirements ("If you would like to add a comment, please register or log
 * in") are given more words by the caller.
 */
export function isShortNotice(normalised: string, maxWords = 12): boolean {
  if (normalised.startsWith('comments off')) return normalised.split(' ').length <= 24;
  if (NO_SPACE_SCRIPTS.test(normalised)) return normalised.replace(/ /g, '').length <= 40;
  return normalised.length <= maxWords * 10 && normalised.split(' ').length <= maxWords;
}

function langRank(entry: NoticeKeywords, preferLang: string | undefined): number {
  if (!preferLang) return 1;
  return entry.lang.split('-')[0] === preferLang.toLowerCase().split(/[-_]/)[0] ? 0 : 1;
}

// Tables in the article language's order, sorted once per table and language rather than once per text.
const ORDERS = new WeakMap<CompiledEntry[], Map<string, CompiledEntry[]>>();

function orderFor(compiled: CompiledEntry[], preferLang: string | undefined): CompiledEntry[] {
  let byLang = ORDERS.get(compiled);
  if (!byLang) ORDERS.set(compiled, (byLang = new Map()));
  const key = preferLang ?? '';
  let ordered = byLang.get(key);
  if (!ordered) {
    ordered = [...compiled].sort((a, b) => langRank(a.entry, preferLang) - langRank(b.entry, preferLang));
    byLang.set(key, ordered);
  }
  return ordered;
}

/**
 * The entry whose own phrase the text is, else the first (the article's language first) whose whole phrase, or
 * subject + state pair, the text holds.
 */
export function matchNotice(normalised: string, compiled: CompiledEntry[], preferLang?: string): NoticeMatch | null {
  const ordered = orderFor(compiled, preferLang).filter((c) => !c.unless.some((word) => hasKeyword(normalised, word)));
  const exact = ordered.find((c) => c.phrase && normalised === c.phrase);
  if (exact) return { entry: exact.entry, keyword: exact.phrase, exact: true };
  for (const c of ordered) {
    const phrase = c.phrases.find((p) => hasKeyword(normalised, p));
    if (phrase) return { entry: c.entry, keyword: phrase.trim(), exact: false };
    if (!c.subjects.some((s) => hasKeyword(normalised, s))) continue;
    const state = c.states.find((s) => hasKeyword(normalised, s));
    if (state) return { entry: c.entry, keyword: state.trim(), exact: false };
  }
  return null;
}
