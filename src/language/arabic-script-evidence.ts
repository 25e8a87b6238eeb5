/**
 * Letters and words that tell the languages written in Arabic script apart. Letters a language alone uses are cheap
 * and strong evidence (trigram detectors confuse short Urdu headlines with Persian); function words decide when a
 * short text has none of them. Words are compared after folding Arabic ك/ي/ى to their Persian/Urdu forms, so a
 * text typed on an Arabic keyboard still matches.
 */
export const URDU_LETTERS = 'ےۓںہۂۃٹڈڑ';
/** Also used by Sindhi and Kurdish, and by some Arabic keyboards for ه: weaker than the rest. */
export const URDU_HEH_DOACHASHMEE = 'ھ';
export const SINDHI_LETTERS = 'ڄڃڇڊڌڍڏڙڦڪڱٻٺٽٿڀڻ۽';
export const PASHTO_LETTERS = 'ټډړښږځڅګڼۍې';
export const UYGHUR_LETTERS = 'ۇۈۋ';
export const SORANI_LETTERS = 'ێڵڕ';
/** Persian has these and Arabic does not (Urdu has them too, so they only separate Persian from Arabic). */
export const PERSIAN_LETTERS = 'پچژگۀ';
/** Arabic orthography: tā' marbūṭa, alif maqṣūra, hamza seats. */
export const ARABIC_LETTERS = 'ةىأإؤ';

export const URDU_WORDS = new Set(['اور', 'کی', 'کا', 'کو', 'پر', 'نے', 'تک', 'بھی', 'تھا', 'تھی', 'گیا', 'لیے', 'کر']);
export const PERSIAN_WORDS = new Set([
  'را',
  'است',
  'از',
  'به',
  'در',
  'که',
  'این',
  'آن',
  'با',
  'برای',
  'شد',
  'شده',
  'می',
  'های',
  'ها',
  'نیز',
  'خواهد',
  'بود',
  'کرد',
  'یک',
  'وی',
  'او',
  'اما',
  'هم',
  'تا',
]);
// Left out on purpose: words Urdu or Persian also use on their own (علی the name, بین, یوم, حتی, کان).
export const ARABIC_WORDS = new Set([
  'فی',
  'إلی',
  'الی',
  'التی',
  'الذی',
  'الذین',
  'هذا',
  'هذه',
  'ذلک',
  'أن',
  'إن',
  'کانت',
  'قد',
  'لم',
  'لن',
  'عن',
  'مع',
  'حیث',
  'وقال',
  'قال',
  'منذ',
  'أی',
  'ولا',
  'أو',
  'وفی',
  'وهو',
  'وهی',
  'علیه',
  'إنه',
  'لقد',
]);
/** Arabic-keyboard forms; a weak hint on their own since Persian and Urdu are sometimes typed with them. */
export const ARABIC_KEYBOARD_LETTERS = 'يك';
export const PERSIAN_KEYBOARD_LETTERS = 'یک';

/** Folds Arabic-keyboard letters to the Persian/Urdu ones so one word list serves both spellings. */
export function foldArabicKeyboard(word: string): string {
  return word.replace(/ك/g, 'ک').replace(/[يى]/g, 'ی');
}
