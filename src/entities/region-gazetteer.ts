import { normalizeUrdu } from './normalize-urdu';
import { PAIRED_PLACES } from './place-names';

export interface Gazetteer {
  /** Normalised name → place key (ISO region code or a city key shared across languages). */
  byName: Map<string, string>;
  /** Most tokens in any name: how far a scan has to look ahead. */
  maxTokens: number;
}

const cache = new Map<string, Gazetteer>();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Case and script folding used for every gazetteer key. */
export function foldName(name: string, lang: string): string {
  const base = lang.split('-')[0]!.toLowerCase();
  const folded = base === 'ur' || base === 'ar' || base === 'fa' ? normalizeUrdu(name) : name.normalize('NFC');
  return folded.replace(/\s+/g, ' ').trim();
}

function regionNames(lang: string): [string, string][] {
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  } catch {
    return [];
  }
  const names: [string, string][] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      const name = display.of(code);
      // Unassigned codes come back as the code itself; private-use ones as "Unknown Region" in the language.
      if (!name || name === code || /^(XA|XB|ZZ|QO|EU|EZ|UN)$/.test(code)) continue;
      names.push([name, code]);
    }
  }
  return names;
}

/** Country names from the runtime's ICU (any language) plus the hand-made cities for English and Urdu. */
export function gazetteerFor(lang: string): Gazetteer {
  const base = lang.split('-')[0]!.toLowerCase();
  const cached = cache.get(base);
  if (cached) return cached;
  const byName = new Map<string, string>();
  for (const [name, code] of regionNames(base)) byName.set(foldName(name, base), code);
  for (const place of PAIRED_PLACES) {
    const names = base === 'en' ? place.en : base === 'ur' ? place.ur : [];
    for (const name of names) byName.set(foldName(name, base), place.key);
  }
  let maxTokens = 1;
  for (const name of byName.keys()) maxTokens = Math.max(maxTokens, name.split(' ').length);
  const gazetteer = { byName, maxTokens: Math.min(maxTokens, 5) };
  cache.set(base, gazetteer);
  return gazetteer;
}

/** All names of a place key in a language (for finding a place again in the other language). */
export function namesForKey(key: string, lang: string): string[] {
  const names: string[] = [];
  for (const [name, k] of gazetteerFor(lang).byName) if (k === key) names.push(name);
  return names;
}
