// @vitest-environment jsdom
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
import type { CommentState } from '../../../src/extract/types';
import { loadPage } from './load-fixture';

// Mozilla Readability's 130 real pages live outside the repository (../shared); skip when they are not there.
const CORPUS = join(import.meta.dirname, '../../../../shared/corpus/readability');
const present = existsSync(CORPUS);
const slugs = present ? readdirSync(CORPUS).filter((slug) => existsSync(join(CORPUS, slug, 'source.html'))) : [];
if (!present) console.warn(`Readability corpus not found at ${CORPUS}: corpus comment tests skipped.`);

const cache = new Map<string, CommentState>();
function stateOf(slug: string): CommentState {
  const known = cache.get(slug);
  if (known) return known;
  const result = detectCommentState(loadPage(join(CORPUS, slug, 'source.html'), `http://fakehost/${slug}/`));
  cache.set(slug, result);
  return result;
}

describe.skipIf(!present)('detectCommentState on the Readability corpus', () => {
  it('finds WP Tavern (wordpress) open, with its form', () => {
    const result = stateOf('wordpress');
    expect(result.state).toBe('open');
    expect(result.evidence?.[0]?.signal).toBe('comment-form');
  });

  // Found by grep: pages with #disqus_thread or a Facebook comments plugin.
  it.each([
    ['breitbart', 'Disqus'],
    ['citylab-1', 'Disqus'],
    ['ehow-2', 'Disqus'],
    ['quanta-1', 'Disqus'],
    ['tmz-1', 'Disqus'],
    ['msn', 'Facebook'],
  ])('finds %s embedded (%s)', (slug, provider) => {
    const result = stateOf(slug);
    expect(result.state).toBe('embedded');
    expect(result.provider).toBe(provider);
  });

  it.each([
    ['blogger', 'open', 'comment-frame'],
    ['archive-of-our-own', 'open', 'comment-form'],
    ['telegraph', 'restricted', 'restricted-phrase'],
    ['engadget', 'embedded', 'embed-script'],
    // Its "You must be logged in to leave a comment." is in a `.hide` element: only the Coral stream counts.
    ['seattletimes-1', 'embedded', 'coral'],
  ])('finds %s %s (%s)', (slug, state, signal) => {
    const result = stateOf(slug);
    expect(result.state).toBe(state);
    expect(result.evidence?.[0]?.signal).toBe(signal);
  });

  it('reports no page of the corpus closed', () => {
    expect(slugs.length).toBe(130);
    const closed = slugs.filter((slug) => stateOf(slug).state === 'closed');
    expect(closed).toEqual([]);
  }, 600_000);
});
