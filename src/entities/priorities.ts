/**
 * Which candidate wins where two overlap (then the longer one): dates and numbers from patterns first, then the names
 * the English tagger finds, then names the rules take from a lexicon, gazetteer or title, and last their guesses.
 */
export const PRIORITY = {
  date: 7,
  number: 6,
  /** A person, place or organisation from the trained tagger. */
  taggedName: 5,
  /** A phrase a lexicon or gazetteer knows, or a name after a role title. */
  knownName: 4,
  /** Shape and context: an organisation head word, a code with digits, an acronym, each side of "Israel-Gaza". */
  ruleName: 3,
  /** A capitalised run typed by compromise's word kinds or by its length. */
  guessedName: 2,
  /** A lone capitalised word or a run no rule explains. */
  weakGuess: 1,
} as const;
