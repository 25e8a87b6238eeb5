/**
 * Which candidate wins where two overlap (then the longer one): dates and numbers from patterns first, then the names
 * the English tagger finds, then names the rules take from a lexicon, gazetteer or title, then the Urdu tagger's, and
 * last the rules' guesses.
 */
export const PRIORITY = {
  date: 8,
  number: 7,
  /** A person, place or organisation from the trained English tagger. */
  taggedName: 6,
  /** A phrase a lexicon or gazetteer knows, or a name after a role title. */
  knownName: 5,
  /** A name from the Urdu tagger: with no capitals to go by, it yields to the lexicons and titles. */
  taggedUncased: 4,
  /** Shape and context: an organisation head word, a code with digits, an acronym, each side of "Israel-Gaza". */
  ruleName: 3,
  /** A capitalised run typed by compromise's word kinds or by its length. */
  guessedName: 2,
  /** A lone capitalised word or a run no rule explains. */
  weakGuess: 1,
} as const;
