import type { Enumerations } from '../generic/list-siblings';
import { isDemonym } from './find-urdu-entities';
import { normalizeUrdu } from './normalize-urdu';
import { URDU_EVERYDAY_WORDS, URDU_STOP_WORDS } from './urdu-lexicon';
import { calendarWords } from './urdu-phrases';

// Source: Urdu grammar's postpositions that follow a noun phrase.
const POSTPOSITIONS = new Set(['نے', 'کو', 'کے', 'کی', 'کا', 'سے', 'میں', 'پر', 'تک']);

/** Urdu's "الف، ب اور ج": a name word is no function word, everyday word, month, weekday, number or demonym. */
export const urduEnumerations: Enumerations = {
  // Source: Urdu grammar's coordinating conjunctions (and, or; و in Persian-style pairs).
  conjunctions: new Set(['اور', 'یا', 'و']),
  // A postposition closes the last item; any function word may open the first.
  bounds: (word, before) => {
    const plain = normalizeUrdu(word);
    return POSTPOSITIONS.has(plain) || (before && URDU_STOP_WORDS.has(plain));
  },
  nameWord: (word) => {
    const plain = normalizeUrdu(word);
    return (
      /^\p{L}[\p{L}\p{M}]*$/u.test(plain) &&
      !URDU_STOP_WORDS.has(plain) &&
      !URDU_EVERYDAY_WORDS.has(plain) &&
      !calendarWords().has(plain) &&
      !isDemonym(plain)
    );
  },
};
