// Word lists for English news translated from South-Asian and Middle-Eastern sources, where compromise's own lexicon is
// thin. Lower-cased; multi-word entries are matched token by token.

/** Role titles: they announce a person but are not part of the name's span. Longest first. */
// prettier-ignore
export const ROLE_TITLES = [
  'deputy prime minister', 'prime minister', 'vice president', 'crown prince', 'chief minister', 'chief justice',
  'foreign minister', 'finance minister', 'interior minister', 'defence minister', 'defense minister',
  'information minister', 'field marshal', 'army chief', 'secretary-general', 'secretary general', 'foreign secretary',
  'president', 'minister', 'general', 'gen', 'chairman', 'chairperson', 'senator', 'governor', 'speaker', 'ambassador',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'counterpart', 'mr', 'mrs', 'ms', 'dr', 'professor', 'prof',
  'captain', 'justice', 'maulana', 'mufti', 'imam', 'leader', 'chief', 'premier', 'envoy', 'lt', 'col',
];

/** Titles that are customarily part of the name ("Sheikh Mohamed", "Prince Mohammed"): kept inside the span. */
export const NAME_TITLES = new Set(['sheikh', 'prince', 'princess', 'king', 'queen', 'emir']);

/** Abbreviated titles written with a full stop ("Mr. Raisi"). */
export const DOTTED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'prof', 'lt', 'col', 'st']);

/** Name particles that may sit inside a person's or organisation's name. */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'ul', 'ud']);

/** Words that make a capitalised run an organisation. */
// prettier-ignore
export const ORG_WORDS = new Set([
  'organisation', 'organization', 'airlines', 'airways', 'agency', 'bank', 'fund', 'tv', 'television', 'party',
  'ministry', 'council', 'assembly', 'court', 'league', 'union', 'corporation', 'company', 'group', 'association',
  'federation', 'authority', 'commission', 'committee', 'institute', 'university', 'army', 'forces', 'senate',
  'parliament', 'board', 'bureau', 'department', 'office', 'movement', 'network', 'exchange', 'nations', 'times',
]);

/** Words that make a capitalised run a place (buildings, regions). */
// prettier-ignore
export const PLACE_WORDS = new Set([
  'qasr', 'palace', 'fort', 'mosque', 'square', 'airport', 'stadium', 'province', 'valley',
]);

/** Organisations the rules cannot guess. */
// prettier-ignore
export const KNOWN_ORGS = new Set([
  'kremlin', 'white house', 'pentagon', 'russia today', 'baaghi tv', 'al jazeera', 'reuters', 'irna', 'tass', 'dawn',
  'geo news', 'ary news', 'opec', 'opec+', 'brics', 'nato', 'imf', 'un', 'united nations', 'european union',
  'world bank', 'pti', 'pml-n', 'ppp', 'ispr', 'sco', 'asean', 'saarc', 'fbr', 'sbp', 'hamas', 'hezbollah', 'taliban',
  'cpec', 'pakistan tehreek-e-insaf', 'pakistan muslim league-nawaz', 'pakistan peoples party',
  'state bank of pakistan',
]);

/** Products and events that look like organisations or acronyms. */
// prettier-ignore
export const KNOWN_OTHER = new Set([
  'cop28', 'cop29', 'cop27', 'a340', 'a320', 'boeing 737', 'f-16', 'jf-17', 'expo 2020',
]);

/** Capitalised words that are never entities on their own (sentence openers, adjectives, generic nouns). */
// prettier-ignore
export const NOT_ENTITIES = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'both', 'since',
  'according', 'speaking', 'in', 'on', 'at', 'as', 'after', 'before', 'during', 'while', 'when', 'however', 'but',
  'and', 'also', 'meanwhile', 'earlier', 'later', 'last', 'next', 'there', 'his', 'her', 'their', 'our', 'its',
  'western', 'eastern', 'kingdom', 'state', 'government', 'comments', 'moreover', 'further', 'furthermore',
  'separately', 'if', 'addressing', 'talking', 'following', 'despite', 'under', 'with', 'from', 'by', 'for', 'to',
  'of', 'no', 'not', 'one', 'two', 'sources', 'officials', 'yesterday', 'today', 'tomorrow', 'what', 'why', 'how',
  'who', 'where', 'all', 'some', 'federal', 'national', 'islamic', 'republic', 'strip', 'said', 'says', 'news',
  'minister', 'president',
]);
