export interface Token {
  text: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one ('' for the first token). */
  gap: string;
}

// Letters, marks and digits; internal hyphens keep "al-Assad", "one-day", "PML-N" whole; a trailing + keeps "OPEC+";
// capitals joined by full stops are one word with their last stop ("U.S.", "U.N."), so it ends no sentence.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*\+?/gu;

export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ text: match[0], start, end, gap: text.slice(last, start) });
    last = end;
  }
  return tokens;
}

/** True when the token begins a sentence: block start, or after . ! ? : ۔ ؟ or an opening quote that follows one. */
export function startsSentence(token: Token, isFirst: boolean): boolean {
  return isFirst || /[.!?:۔؟]["'“”‘’«»)\]]?\s*["'“‘«(]?\s*$/.test(token.gap) || /^\s*["“‘«]\s*$/.test(token.gap);
}
