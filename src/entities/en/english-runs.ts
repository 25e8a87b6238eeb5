import { DOTTED_TITLES, HEADLINE_VERBS, NAME_PARTICLES, ORG_WORDS } from './english-lexicon';
import { isCalendarWord } from '../generic/calendar-names';
import { gazetteerFor } from '../generic/region-gazetteer';
import { startsSentence, tokenizeWords, type Token } from '../generic/tokenize-words';

// What the four characters before a sentence's first word look like: nothing, or an end mark and a space, with
// quotes or brackets around.
const SENTENCE_START = /^\s*["“‘(]?\s*$|[.!?:]["”’)]?\s+["“‘(]?$/;

/** Whether the word at offset `at` of `text` opens a sentence, where a capital says nothing of a name. */
export const opensSentence = (text: string, at: number) => SENTENCE_START.test(text.slice(Math.max(0, at - 4), at));

export interface Run {
  tokens: Token[];
  /** The first token opens a sentence, so its capital says nothing. */
  sentenceStart: boolean;
  /** The lower-cased word just before the run ("spokesman", "counterpart"), if only a space separates them. */
  before: string;
  /** The run stands in a sentence written in capitals (a headline, a dateline), where capitals say nothing. */
  inCapitals: boolean;
}

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text) || /^(?:al|el)-\p{Lu}/u.test(text);

function joins(prev: Token, next: Token): boolean {
  if (next.gap === ' ') return true;
  return next.gap === '. ' && DOTTED_TITLES.has(prev.text.toLowerCase());
}

/**
 * Maximal runs of capitalised words ("Shanghai Cooperation Organisation", "Mr. Raisi", "Mohammed bin Salman"): particles
 * (bin, al, de…) join a run when a capitalised word follows, "of" only inside organisation names ("State Bank of
 * Pakistan").
 */
export function capitalisedRuns(text: string): Run[] {
  const tokens = tokenizeWords(text);
  const capitals = sentencesInCapitals(tokens);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    // Nor does a name start at a headline's verb after another capitalised word ("Has Met Chinese Leaders").
    const afterCapital = i > 0 && first.gap === ' ' && isCapitalised(tokens[i - 1]!.text);
    if (!isCapitalised(first.text) || (afterCapital && HEADLINE_VERBS.has(first.text.toLowerCase()))) {
      i++;
      continue;
    }
    const run = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1]!;
      const next = tokens[j]!;
      if (!joins(prev, next)) break;
      // A weekday after a name is the date's, not the name's ("President Hugo Chavez Wednesday"); months are left in,
      // as May, June and August are names too.
      if (isCalendarWord(next.text, 'en')) break;
      // A headline's capitalised verb ends the name before it ("Sardenberg Has Described").
      if (HEADLINE_VERBS.has(next.text.toLowerCase())) break;
      // "plc" is written in lower case and still ends the company's name ("Vantor plc").
      if (isCapitalised(next.text) || next.text === 'plc') {
        run.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 1];
      const lower = next.text.toLowerCase();
      const bridge =
        NAME_PARTICLES.has(lower) ||
        (lower === 'of' && run.some((t) => ORG_WORDS.has(t.text.toLowerCase()))) ||
        // "Council on Foreign Relations", "Commission on Human Rights"; not "the Senate on Monday", "… on Iran".
        (lower === 'on' &&
          ORG_WORDS.has(prev.text.toLowerCase()) &&
          after !== undefined &&
          !isCalendarWord(after.text, 'en') &&
          !gazetteerFor('en').byName.has(after.text));
      if (bridge && after && after.gap === ' ' && isCapitalised(after.text)) {
        run.push(next, after);
        j += 2;
        continue;
      }
      break;
    }
    const prevToken = tokens[i - 1];
    runs.push({
      tokens: run,
      sentenceStart: startsSentence(first, i === 0),
      before: prevToken && first.gap === ' ' ? prevToken.text.toLowerCase() : '',
      inCapitals: capitals.slice(i, j).some(Boolean),
    });
    i = j;
  }
  return runs;
}

/**
 * The sentences of a block as token ranges [begin, end): a sentence ends before a token that starts one, except after
 * a dotted title ("Mr. Bush").
 */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let begin = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const breaks =
      i === tokens.length ||
      (startsSentence(tokens[i]!, false) && !DOTTED_TITLES.has(tokens[i - 1]!.text.toLowerCase()));
    if (!breaks) continue;
    out.push([begin, i]);
    begin = i;
  }
  return out;
}

/**
 * For each token, whether its sentence is written in capitals: at least three words of two or more letters and no
 * lower-case letter ("SHARES OF GENERAL MOTORS FELL", "NEW YORK 1996-08-22" is too short to say).
 */
export function sentencesInCapitals(tokens: Token[]): boolean[] {
  const out: boolean[] = [];
  for (const [begin, end] of sentenceRanges(tokens)) {
    const words = tokens.slice(begin, end).filter((t) => /\p{L}{2}/u.test(t.text));
    const caps = words.length >= 3 && words.every((t) => !/\p{Ll}/u.test(t.text));
    for (let k = begin; k < end; k++) out[k] = caps;
  }
  return out;
}
