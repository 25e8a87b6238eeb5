import { alternation, calendarNames } from './calendar-names';
import { KNOWN_ORGS } from '../en/english-lexicon';
import { foldName, gazetteerFor } from './region-gazetteer';
import { startsSentence, tokenizeWords } from './tokenize-words';
import type { Candidate } from '../types';
import { PRIORITY } from '../priorities';

const patternCache = new Map<string, RegExp[]>();
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

function datePatterns(lang: string): RegExp[] {
  const hit = patternCache.get(lang);
  if (hit) return hit;
  const { months, weekdays } = calendarNames(lang);
  const month = `(?:${alternation(months.flat())})`;
  const weekday = `(?:${alternation(weekdays.flat().filter((w) => w.length > 3))})`;
  const digit = '[0-9۰-۹٠-٩]';
  const list = [
    new RegExp(`${B}${digit}{1,2}\\.? (?:de )?${month}(?: (?:de )?${digit}{4})?${E}`, 'giu'),
    new RegExp(`${B}${month} ${digit}{1,2}(?:, ${digit}{4})?${E}`, 'giu'),
    new RegExp(`${B}${month} ${digit}{4}${E}`, 'giu'),
    new RegExp(`${B}${weekday}${E}`, 'giu'),
    new RegExp(`${B}${digit}+(?:[.,\\s]${digit}{3})*(?:[.,]${digit}+)?(?: ?%)?${E}`, 'gu'),
  ];
  patternCache.set(lang, list);
  return list;
}

/**
 * Any other language: calendar names and countries from the runtime's ICU, digits, and capitalisation (Latin, Cyrillic,
 * Greek): two to four capitalised words inside a sentence are taken for a person, capitalised acronyms for organisations.
 */
export function findGenericEntities(text: string, lang: string): Candidate[] {
  const out: Candidate[] = [];
  datePatterns(lang).forEach((pattern, index) => {
    for (const m of text.matchAll(pattern)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        type: index < 4 ? 'date' : 'number',
        priority: index < 4 ? PRIORITY.date : PRIORITY.number,
      });
    }
  });
  const tokens = tokenizeWords(text);
  const gazetteer = gazetteerFor(lang);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(gazetteer.maxTokens, tokens.length - i); n >= 1; n--) {
      const phrase = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      if (gazetteer.byName.has(foldName(phrase, lang))) {
        out.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, type: 'place', priority: PRIORITY.knownName });
        break;
      }
    }
    const token = tokens[i]!;
    // A known organisation's name is capitalised and not a sentence's first word: "un" and "Un" are the French and
    // Spanish article, "UN" the United Nations.
    const known =
      KNOWN_ORGS.has(token.text.toLowerCase()) && /^\p{Lu}/u.test(token.text) && !startsSentence(token, i === 0);
    if (/^\p{Lu}[\p{Lu}\d+-]+$/u.test(token.text) || known) {
      out.push({ start: token.start, end: token.end, type: 'organization', priority: PRIORITY.guessedName });
    }
    if (!/^\p{Lu}\p{Ll}/u.test(token.text) || startsSentence(token, i === 0)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && tokens[j]!.gap === ' ' && /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text)) j++;
    const span = { start: token.start, end: tokens[j - 1]!.end };
    out.push({ ...span, type: 'person', priority: PRIORITY.weakGuess, ...(j - i === 1 && { tentative: true }) });
    i = j - 1;
  }
  return out;
}
