/** The language subtag of a BCP 47 tag, lower-cased: "ur-PK" → "ur". */
export const baseLanguage = (lang: string) => lang.split('-')[0]!.toLowerCase();

// Languages written in Arabic script (Urdu, Arabic, Persian, Pashto, Sindhi, Sorani, Uyghur).
const ARABIC_SCRIPT = new Set(['ur', 'ar', 'fa', 'ps', 'sd', 'ckb', 'ug']);

/** Whether text in `lang` is normalised like Urdu and names compared by consonant skeleton. */
export const isArabicScript = (lang: string) => ARABIC_SCRIPT.has(baseLanguage(lang));
