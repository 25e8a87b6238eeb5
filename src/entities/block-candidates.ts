import type { NameSource } from './en/find-english-entities';
import { memoByText } from './generic/memo-by-text';
import { recogniserFor } from './recognisers';
import type { Candidate } from './types';

// What the shipped recogniser finds in one block depends only on the block's text and language. Remembered so that a
// block recognised while the rest of the article was still being translated is not recognised again, and so that
// linking reads the same source paragraphs once per article, not once per translation. Bounded: a long article
// has a few hundred blocks, its translation as many.
const remembered = memoByText((text, lang) => recogniserFor(lang).find(text, 'combined'), 800);

/** Every candidate span in one block (copies: callers may change theirs); `names` other than 'combined' measure. */
export function blockCandidates(text: string, lang: string, names: NameSource = 'combined'): Candidate[] {
  const found = names === 'combined' ? remembered(text, lang) : recogniserFor(lang).find(text, names);
  return found.map((candidate) => ({ ...candidate }));
}

/**
 * Recognises one block now, so that recognising its article later finds it done. An empty block loads what the
 * recogniser reads on first use (its tagger's weights, the gazetteer, calendar names, word lists) and nothing more.
 */
export function recogniseAhead(text: string, lang: string): void {
  blockCandidates(text, lang);
}

/** Forgets every remembered block: for measuring recognition of text it has not seen. */
export function forgetRecognisedBlocks(): void {
  remembered.clear();
}
