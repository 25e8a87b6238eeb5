import { PRIORITY } from '../priorities';
import { NAME_TYPES, type Candidate, type EntityType } from '../types';
import { tokenizeWords, type Token } from './tokenize-words';

/** How a language writes an enumeration ("A, B and C", "الف، ب اور ج") and which words may stand in a name. */
export interface Enumerations {
  /** The words that join the last item: and, or. */
  conjunctions: ReadonlySet<string>;
  /** Whether a word may be part of a name in this language (capitalised; no function or everyday word). */
  nameWord: (word: string) => boolean;
  /**
   * Words that may stand right after the last item (a postposition: "… اور لاڑکانہ میں") or, with `before`, right
   * before the first (any function word), so that the name words between are the whole item; elsewhere its extent is
   * not known ("… اور منیر نیازی شریک تھے": is شریک "present" part of the name?).
   */
  bounds: (word: string, before: boolean) => boolean;
}

/** The most words an item the rule names may have. */
const MAX_ITEM = 3;
const COMMA = /^\s*[,،]\s*$/u;
const BEFORE_CONJUNCTION = /^\s*[,،]?\s*$/u;
const SPACE = /^\s+$/u;

interface Item {
  first: number;
  /** One past the last token. */
  end: number;
  /** An edge item's words run on beyond `MAX_ITEM` or into other words: its extent is not known. */
  open: boolean;
}

/** The name-like words next to `at`, walking by `step` (-1 back, +1 on), spaces only between them. */
function edgeItem(tokens: Token[], at: number, step: 1 | -1, enumerations: Enumerations): Item {
  let n = 0;
  for (let i = at; i >= 0 && i < tokens.length && enumerations.nameWord(tokens[i]!.text); i += step) {
    const gap = step === 1 ? tokens[i]!.gap : tokens[i + 1]!.gap;
    if (n > 0 && !SPACE.test(gap)) break;
    n++;
    if (n > MAX_ITEM) break;
  }
  const count = Math.min(n, MAX_ITEM);
  // What stands beyond the run: the text's edge, punctuation, or a word that bounds an item.
  const beyond = step === 1 ? at + count : at - count;
  const edgeGap = step === 1 ? tokens[beyond]?.gap : tokens[beyond + 1]?.gap;
  const bounded =
    beyond < 0 ||
    beyond >= tokens.length ||
    !SPACE.test(edgeGap ?? ' ') ||
    enumerations.bounds(tokens[beyond]!.text, step === -1);
  const open = n > MAX_ITEM || !bounded;
  return step === 1 ? { first: at, end: at + count, open } : { first: at - count + 1, end: at + 1, open };
}

/** The items of the enumeration that ends with the conjunction at `c`, first to last; [] where there is none. */
function itemsAround(tokens: Token[], c: number, enumerations: Enumerations): Item[] {
  if (c === 0 || c + 1 >= tokens.length) return [];
  if (!BEFORE_CONJUNCTION.test(tokens[c]!.gap) || !SPACE.test(tokens[c + 1]!.gap)) return [];
  const items: Item[] = [edgeItem(tokens, c + 1, 1, enumerations)];
  // Back from the conjunction: whole items between commas, then the first item, as far as its words look like a name.
  let end = c;
  for (;;) {
    let first = end - 1;
    while (first > 0 && SPACE.test(tokens[first]!.gap) && end - first < MAX_ITEM + 1) first--;
    const closed = first === 0 || COMMA.test(tokens[first]!.gap);
    const whole = closed && end - first <= MAX_ITEM && first > 0;
    if (!whole) {
      items.unshift(edgeItem(tokens, end - 1, -1, enumerations));
      break;
    }
    items.unshift({ first, end, open: false });
    end = first;
  }
  return items.length >= 3 ? items : [];
}

/**
 * "پونڈیچری، کریکل، ماہی، ینم اور چندرانگر", "Tanjore, Vellore, Salem and Coimbatore": the items of one enumeration
 * are things of one kind. Where two or more items are names of one type and none is a name of another, each item
 * left unnamed (one to three words that may all stand in a name, nothing found in them) is a name of that type.
 */
export function listSiblings(text: string, found: Candidate[], enumerations: Enumerations): Candidate[] {
  const tokens = tokenizeWords(text);
  const nameLike = (token: Token) => enumerations.nameWord(token.text);
  const added: Candidate[] = [];
  tokens.forEach((token, c) => {
    if (!enumerations.conjunctions.has(token.text)) return;
    const items = itemsAround(tokens, c, enumerations);
    if (items.length === 0) return;
    const spanOf = (item: Item) => ({ start: tokens[item.first]!.start, end: tokens[item.end - 1]!.end });
    const types = new Map<EntityType, number>();
    const unnamed: Item[] = [];
    for (const item of items) {
      if (item.end <= item.first) return;
      const { start, end } = spanOf(item);
      const inside = found.filter((f) => f.start < end && start < f.end);
      const names = inside.filter((f) => NAME_TYPES.has(f.type) && f.start >= start && f.end <= end);
      if (names.length === 1) types.set(names[0]!.type, (types.get(names[0]!.type) ?? 0) + 1);
      else if (inside.length === 0 && !item.open && tokens.slice(item.first, item.end).every(nameLike))
        unnamed.push(item);
    }
    const [type, count] = [...types][0] ?? [];
    if (types.size !== 1 || !type || (count ?? 0) < 2) return;
    for (const item of unnamed) added.push({ ...spanOf(item), type, priority: PRIORITY.weakGuess });
  });
  return added.length ? [...found, ...added] : found;
}
