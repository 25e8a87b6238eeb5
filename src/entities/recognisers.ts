import { englishRepeatForms } from './en/english-repeat-forms';
import { findEnglishEntities, type NameSource } from './en/find-english-entities';
import { genericRepeatForms } from './generic/repeat-forms';
import { baseLanguage, isArabicScript } from './generic/base-language';
import { findGenericEntities } from './generic/find-generic-entities';
import type { Enumerations } from './generic/list-siblings';
import type { RepeatForms } from './propagate-names';
import { urduEnumerations } from './ur/urdu-enumerations';
import type { Candidate } from './types';
import { findUrduEntities } from './ur/find-urdu-entities';

export interface LanguageRecogniser {
  /** Every candidate span in one block of text in this language. */
  find(text: string, names: NameSource): Candidate[];
  /** Arabic script: names are normalised and compared by consonant skeleton (پیوٹن / پوٹن), not by case. */
  arabicScript: boolean;
  /** The ways an article in this language writes a found place or organisation again. */
  repeatForms: RepeatForms;
  /** How it writes an enumeration, whose items are of one kind (`generic/list-siblings.ts`). */
  enumerations?: Enumerations;
}

/** The recognisers with rules of their own, by base language. */
const RECOGNISERS: Record<string, LanguageRecogniser> = {
  // English capitals already show the names of a list; web text also capitalises what is none ("Games, Media and…").
  en: { find: findEnglishEntities, arabicScript: false, repeatForms: englishRepeatForms },
  ur: {
    find: findUrduEntities,
    arabicScript: true,
    repeatForms: () => ({ same: true, shorter: [] }),
    enumerations: urduEnumerations,
  },
};

const generic = new Map<string, LanguageRecogniser>();

/** Whether a language has rules (and a tagger) of its own, not only ICU names and capitals. */
export const hasOwnRecogniser = (lang: string) => baseLanguage(lang) in RECOGNISERS;

/**
 * Whether a translation's recogniser should also weigh the source's names: the translation's script has no capitals
 * (Urdu) and the source's has (English), so the source shows names the translation cannot.
 */
export const sourceNamesHelp = (sourceLang: string, targetLang: string) =>
  hasOwnRecogniser(sourceLang) &&
  hasOwnRecogniser(targetLang) &&
  !recogniserFor(sourceLang).arabicScript &&
  recogniserFor(targetLang).arabicScript;

/** The recogniser for a BCP 47 tag ("ur-PK" → Urdu); any other language gets ICU names and capitalisation. */
export function recogniserFor(lang: string): LanguageRecogniser {
  const base = baseLanguage(lang);
  const own = RECOGNISERS[base];
  if (own) return own;
  let fallback = generic.get(base);
  if (!fallback) {
    fallback = {
      find: (text) => findGenericEntities(text, base),
      arabicScript: isArabicScript(base),
      repeatForms: genericRepeatForms,
    };
    generic.set(base, fallback);
  }
  return fallback;
}
