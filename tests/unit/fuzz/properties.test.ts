import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusPages } from '../extract/corpus';
import { entityInputArb, fragmentArb, mutate, mutationArb, pageArb, textsArb } from './arbitraries';
import { commentsHold, entitiesHold, extractionHolds, languageHolds, segmentationHolds } from './properties';

/** Small, seeded, fast: the same ~200 cases on every run. `npx tsx scripts/fuzz.ts` runs thousands. */
const SEED = 20240611;
const MAX_MS = 2_000;
/** Real pages run to 1.5 s alone; the margin absorbs a machine shared with other test runs. */
const MAX_CORPUS_MS = 6_000;
/** The seeded run takes the corpus pages under this size (78 of 130) to stay near 20 s; scripts/fuzz.ts takes all. */
const CI_PAGE_CHARS = 150_000;

function timed<T>(check: (input: T) => void, maxMs = MAX_MS): (input: T) => void {
  return (input) => {
    const start = performance.now();
    check(input);
    expect(performance.now() - start, 'one case took too long').toBeLessThan(maxMs);
  };
}

describe('fuzzing (seeded)', () => {
  it('extractArticle on generated pages: no exception, the page untouched, numbered blocks', () => {
    fc.assert(fc.property(pageArb, timed(extractionHolds)), { seed: SEED, numRuns: 30 });
  });

  it.skipIf(!corpusAvailable)('extractArticle on mutated Readability corpus pages', () => {
    const pages = corpusPages().filter((page) => page.html.length < CI_PAGE_CHARS);
    const pageIndex = fc.nat(pages.length - 1);
    const run = timed(
      ([i, mutations]: [number, Parameters<typeof mutate>[1]]) => extractionHolds(mutate(pages[i]!.html, mutations)),
      MAX_CORPUS_MS,
    );
    fc.assert(fc.property(fc.tuple(pageIndex, mutationArb), run), { seed: SEED, numRuns: 10 });
  });

  it('detectCommentState on generated pages: a known state, the page untouched', () => {
    fc.assert(fc.property(pageArb, timed(commentsHold)), { seed: SEED, numRuns: 40 });
  });

  it('detectLanguage on any texts: a code, a confidence, a direction', async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (texts) => {
        const start = performance.now();
        await languageHolds(texts);
        expect(performance.now() - start).toBeLessThan(MAX_MS);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('splitBlocks keeps every visible character, in order', () => {
    const fragments = fc.array(fragmentArb, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fragments, timed(segmentationHolds)), { seed: SEED, numRuns: 40 });
  });

  it('recognizeEntities: mentions sorted, non-overlapping, within their blocks', () => {
    fc.assert(fc.property(entityInputArb, timed(entitiesHold)), { seed: SEED, numRuns: 40 });
  });

  it('the checks themselves catch a lost paragraph (guard against a vacuous property)', () => {
    expect(() => segmentationHolds('<p>a</p><p>b</p>')).not.toThrow();
    expect(() => extractionHolds('<p>short</p>')).not.toThrow();
    expect(() =>
      entitiesHold({ lang: 'en', blocks: [{ text: 'Vladimir Putin met Xi Jinping in Moscow.' }] }),
    ).not.toThrow();
  });
});
