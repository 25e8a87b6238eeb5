export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that keep their full stop, so "U.S." and "Mr." are one token as in the newswire training data.
// Source: the abbreviated titles, company suffixes and month names of English style guides.
const DOTTED = new Set(
  (
    'mr mrs ms dr st jr sr gen lt col sgt capt maj adm gov sen rep prof rev inc corp co ltd bros no vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft'
  ).split(' '),
);

// Initials and dotted acronyms (U.S., U.N., a.m.), words with inner hyphens, apostrophes, dots or commas between digits,
// or any other single non-space character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.,&][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;

/**
 * Words and punctuation of one block, as the tagger was trained on them: a possessive 's is its own token
 * ("Iran" "'s"), a trailing full stop stays on a word only for initials and the abbreviations above, and two capitalised
 * names joined by a hyphen are two tokens unless a capitalised word follows.
 */
export function taggerTokens(text: string): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) {
      const bare = word.slice(0, -1);
      if (!DOTTED.has(bare.toLowerCase()) && !/^\p{Lu}$/u.test(bare)) {
        pushWord(tokens, bare, start, false);
        tokens.push({ text: '.', start: start + bare.length, end: start + word.length });
        continue;
      }
    }
    pushWord(tokens, word, start, /^\s+\p{Lu}/u.test(text.slice(start + word.length, start + word.length + 3)));
  }
  return tokens;
}

function pushWord(tokens: TaggerToken[], word: string, start: number, beforeCapital: boolean): void {
  // "Israel-Gaza", "Russia-Iran": two names, each its own token; but "al-Assad", "Tehreek-e-Insaf" stay whole, and so
  // does a pair that opens a longer name ("China-Pakistan Economic Corridor").
  if (!beforeCapital && /^\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)+$/u.test(word)) {
    let at = start;
    word.split('-').forEach((part, k) => {
      if (k > 0) tokens.push({ text: '-', start: at, end: ++at });
      tokens.push({ text: part, start: at, end: (at += part.length) });
    });
    return;
  }
  const clitic = /(?:['’]s|n['’]t)$/i.exec(word);
  if (clitic && clitic.index > 0) {
    tokens.push({ text: word.slice(0, clitic.index), start, end: start + clitic.index });
    tokens.push({ text: clitic[0], start: start + clitic.index, end: start + word.length });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length });
}

/** Sentence ends: a token that is only . ! ? ۔ or ؟ closes the sentence for the tagger's position features. */
export const endsSentence = (token: TaggerToken) => /^[.!?۔؟]$/.test(token.text);
