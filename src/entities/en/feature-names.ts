import { FEATURE_HEADS, KNOWN_ORGS, ORG_WORDS } from './english-lexicon';

// Names of natural features and landmarks, told by their generic term: the tagger types them by context, and a name
// that opens with a number word ("Ninety Mile Beach", "Three Gorges Dam") reads to it like a company's.

/**
 * Two words or more that end in a natural feature's or landmark's generic term ("Ninety Mile Beach", "Hudson River")
 * name a place, unless an organisation's head word stands in them ("Lake Chad Basin Commission") or the phrase is a
 * known organisation.
 */
export function namesAFeature(phrase: string): boolean {
  const words = phrase.toLowerCase().split(' ');
  return (
    words.length > 1 &&
    FEATURE_HEADS.has(words.at(-1)!) &&
    !words.some((w) => ORG_WORDS.has(w)) &&
    !KNOWN_ORGS.has(words.join(' '))
  );
}
