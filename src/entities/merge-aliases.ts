import { consonantSkeleton } from './link/consonant-skeleton';
import { NAME_TITLES } from './en/english-lexicon';
import { normalizeUrdu } from './ur/normalize-urdu';
import { foldName, gazetteerFor } from './generic/region-gazetteer';
import type { EntityType } from './types';
import { URDU_NAME_TITLES } from './ur/urdu-lexicon';
import { recogniserFor } from './recognisers';

export interface Group {
  type: EntityType;
  forms: Map<string, number>;
  /** Indices of the mentions in this group. */
  members: number[];
  core: string[];
  /** The name title the forms start with ("prince", "شیخ"), or ''. */
  title: string;
}

const isArabicScript = (lang: string) => recogniserFor(lang).arabicScript;

/** The comparable form of a mention's text: "Mr. Raisi's" and "Raisi" share the core "raisi". */
export function mentionForm(text: string, lang: string): string {
  const base = isArabicScript(lang) ? normalizeUrdu(text) : text.normalize('NFC');
  return base
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function coreTokens(form: string, lang: string): { core: string[]; title: string } {
  const words = form.split(/\s+/);
  const titled = words.length > 1 && (NAME_TITLES.has(words[0]!.toLowerCase()) || URDU_NAME_TITLES.has(words[0]!));
  // Arabic-script names are compared by consonant skeleton so spelling variants (پیوٹن / پوٹن) meet.
  const key = (w: string) =>
    isArabicScript(lang) && consonantSkeleton(w).length >= 3 ? consonantSkeleton(w) : w.toLowerCase();
  return { core: (titled ? words.slice(1) : words).map(key), title: titled ? words[0]!.toLowerCase() : '' };
}

function groupKey(type: EntityType, form: string, lang: string): string {
  if (type === 'place') return `place:${gazetteerFor(lang).byName.get(foldName(form, lang)) ?? form.toLowerCase()}`;
  if (type === 'person') return `person:${coreTokens(form, lang).core.join(' ')}`;
  return `${type}:${form.toLowerCase()}`;
}

/**
 * A shorter person name refers to a longer one: its surname, or a title + first name ("Prince Mohammed" → "Mohammed bin
 * Salman"), unless the longer one carries a different title (شیخ محمد is not شہزادہ محمد بن سلمان).
 */
function refersTo(short: Group, long: Group): boolean {
  if (short.core.length >= long.core.length) return false;
  if (short.core.length === 1) {
    const only = short.core[0]!;
    const sameTitle = long.title === '' || long.title === short.title;
    return only === long.core[long.core.length - 1] || (short.title !== '' && sameTitle && only === long.core[0]);
  }
  return short.core.every((token) => long.core.includes(token));
}

/** Groups mentions into entities: same place key, same text, or a person's shorter name merged into the full one. */
export function mergeAliases(mentions: { type: EntityType; text: string }[], lang: string): Group[] {
  const byKey = new Map<string, Group>();
  mentions.forEach((mention, index) => {
    const form = mentionForm(mention.text, lang);
    const key = groupKey(mention.type, form, lang);
    let group = byKey.get(key);
    if (!group) {
      group = { type: mention.type, forms: new Map(), members: [], ...coreTokens(form, lang) };
      byKey.set(key, group);
    }
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    group.members.push(index);
  });
  const groups = [...byKey.values()];
  const persons = groups.filter((g) => g.type === 'person').sort((a, b) => b.core.length - a.core.length);
  const merged = new Set<Group>();
  for (const short of [...persons].reverse()) {
    const targets = persons.filter((long) => !merged.has(long) && refersTo(short, long));
    const target = targets.sort((a, b) => b.members.length - a.members.length)[0];
    if (!target) continue;
    for (const [form, count] of short.forms) target.forms.set(form, (target.forms.get(form) ?? 0) + count);
    target.members.push(...short.members);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}
