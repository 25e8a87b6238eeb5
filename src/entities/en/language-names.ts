import { wordKind } from './english-word-tags';
import { gazetteerFor } from '../generic/region-gazetteer';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
let english: Set<string> | null = null;

/**
 * Whether a word is the English name of a language ("Urdu", "Pashto", "Latin"): a language is no person, place or
 * organisation, though news writes it with a capital. Names that are also places ("Nauru") or given names are left to
 * the recogniser.
 */
// Source: ICU's English names (Intl.DisplayNames) of the two-letter ISO 639-1 codes, one-word names only.
export function isLanguageName(word: string): boolean {
  if (!english) {
    english = new Set();
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const places = gazetteerFor('en').byName;
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const name = names.of(a + b);
        if (!name || /\s/.test(name) || places.has(name) || wordKind(name) === 'person-name') continue;
        english.add(name);
      }
    }
  }
  return english.has(word);
}
