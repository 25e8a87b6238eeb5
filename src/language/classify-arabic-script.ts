import {
  ARABIC_KEYBOARD_LETTERS,
  ARABIC_LETTERS,
  ARABIC_WORDS,
  PASHTO_LETTERS,
  PERSIAN_KEYBOARD_LETTERS,
  PERSIAN_LETTERS,
  PERSIAN_WORDS,
  SINDHI_LETTERS,
  SORANI_LETTERS,
  URDU_HEH_DOACHASHMEE,
  URDU_LETTERS,
  URDU_WORDS,
  UYGHUR_LETTERS,
  foldArabicKeyboard,
} from './arabic-script-evidence';

export interface ArabicScriptGuess {
  lang: 'ur' | 'fa' | 'ar' | 'ps' | 'sd' | 'ug' | 'ckb';
  confidence: number;
  /** What decided, for debugging and the `source` of the detection. */
  evidence: 'letters' | 'words';
}

function countIn(text: string, letters: string): number {
  let count = 0;
  for (const char of text) if (letters.includes(char)) count++;
  return count;
}

function countWords(words: string[], list: Set<string>): number {
  let count = 0;
  for (const word of words) if (list.has(word)) count++;
  return count;
}

/** Saturating confidence: a little evidence is already telling, more approaches certainty. */
function confidenceFor(evidence: number, margin: number): number {
  const value = 1 - Math.exp(-evidence / 2);
  return Math.round(Math.min(0.99, value * margin) * 100) / 100;
}

/**
 * Decides which Arabic-script language a text is in from the letters and words only that language uses. Returns
 * undefined when the text carries no such evidence (a name, a number), so the caller can use a trigram detector.
 */
export function classifyArabicScript(text: string): ArabicScriptGuess | undefined {
  const urdu = countIn(text, URDU_LETTERS);
  const heh = countIn(text, URDU_HEH_DOACHASHMEE);
  const others: [ArabicScriptGuess['lang'], number][] = [
    ['sd', countIn(text, SINDHI_LETTERS)],
    ['ps', countIn(text, PASHTO_LETTERS)],
    ['ug', countIn(text, UYGHUR_LETTERS)],
    ['ckb', countIn(text, SORANI_LETTERS)],
  ];
  others.sort((a, b) => b[1] - a[1]);
  const [other, otherCount] = others[0] ?? ['sd', 0];
  // Sindhi, Pashto and Kurdish share some letters with Urdu (ھ above all); their own letters outvote them.
  if (otherCount >= 2 && otherCount > urdu)
    return { lang: other, confidence: confidenceFor(otherCount, 1), evidence: 'letters' };

  const words = text
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)
    .map(foldArabicKeyboard);
  const arabicLetters = countIn(text, ARABIC_LETTERS);
  const arabicKeyboard = countIn(text, ARABIC_KEYBOARD_LETTERS) > countIn(text, PERSIAN_KEYBOARD_LETTERS) ? 1 : 0;
  const arabic = arabicLetters + 2 * countWords(words, ARABIC_WORDS) + arabicKeyboard;
  // Urdu letters are decisive even in Urdu typed with Arabic ك/ي or quoting Arabic; only an Arabic text quoting a
  // single Urdu word (or typed with ھ for ه) has far more Arabic evidence than Urdu letters.
  if ((urdu > 0 && (urdu + heh) * 5 >= arabic) || (heh > 0 && heh * 3 > arabic)) {
    return { lang: 'ur', confidence: confidenceFor(urdu + heh + 2, 1), evidence: 'letters' };
  }
  const urduWords = countWords(words, URDU_WORDS);
  const persian = countIn(text, PERSIAN_LETTERS) + 2 * countWords(words, PERSIAN_WORDS);
  const scores: [ArabicScriptGuess['lang'], number][] = [
    ['ur', 2 * urduWords + urdu],
    ['fa', persian],
    ['ar', arabic],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] === 0) return undefined;
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  if (margin === 0) return undefined;
  return { lang: best[0], confidence: confidenceFor(best[1], 0.5 + margin / 2), evidence: 'words' };
}
