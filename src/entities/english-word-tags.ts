import nlp from 'compromise';

export type WordKind = 'person-name' | 'place' | 'organization' | 'demonym' | 'common' | 'unknown';

type Lexicon = Record<string, string | string[] | undefined>;
let lexicon: Lexicon | null = null;

// compromise's tagger is ~100 ms for an article on a slow machine; its lexicon (25k words with tags) answers what we
// need — is this capitalised word a known first/last name, a city, a demonym or an ordinary word — in O(1).
function getLexicon(): Lexicon {
  if (!lexicon) {
    const world = nlp.world() as { model?: { one?: { lexicon?: Lexicon } } };
    lexicon = world.model?.one?.lexicon ?? {};
  }
  return lexicon;
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Address']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

/** What compromise's lexicon knows about one word (any case). */
export function wordKind(word: string): WordKind {
  const entry = getLexicon()[word.toLowerCase()];
  if (entry === undefined) return 'unknown';
  const tags = Array.isArray(entry) ? entry : [entry];
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.some((tag) => PERSON_TAGS.has(tag))) return 'person-name';
  if (tags.some((tag) => PLACE_TAGS.has(tag))) return 'place';
  if (tags.some((tag) => ORG_TAGS.has(tag))) return 'organization';
  return 'common';
}
