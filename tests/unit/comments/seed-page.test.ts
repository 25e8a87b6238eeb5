// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commentNoticeKind } from '../../../src/comments/comment-notice';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
import { FIXTURES, loadPage } from './load-fixture';

const SEED_URL = 'http://127.0.0.1/2023/12/07/iranian-president-moscow/';

describe('the seed page (Urdu article, English notice)', () => {
  it('is closed, quoting "Comments are closed."', () => {
    const doc = loadPage(`${FIXTURES}seed/page.html`, SEED_URL);
    const result = detectCommentState(doc, { articleLang: 'ur' });
    expect(result.state).toBe('closed');
    expect(result.evidence?.[0]).toMatchObject({ signal: 'phrase', text: 'Comments are closed.', lang: 'en' });
    expect(result.evidence?.[0]?.selector).toContain('no-comments');
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    expect(commentNoticeKind(result)).toBe('loud');
  });

  // Timing is printed, not asserted (machines here are noisy); `npm run bench` reports it in the browser.
  it('gives the same answer on every run (50 runs, median time printed)', () => {
    const doc = loadPage(`${FIXTURES}seed/page.html`, SEED_URL);
    const times: number[] = [];
    const states = new Set<string>();
    for (let run = 0; run < 50; run += 1) {
      const start = performance.now();
      states.add(detectCommentState(doc, { articleLang: 'ur' }).state);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[25] ?? Infinity;
    console.info(
      `detectCommentState on the seed page: median ${median.toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms`,
    );
    expect([...states]).toEqual(['closed']);
  });
});

describe('detectCommentState never throws', () => {
  it('reports unknown with a reason when the document cannot be read', () => {
    const broken = {
      get documentElement(): never {
        throw new Error('detached');
      },
    } as unknown as Document;
    const result = detectCommentState(broken);
    expect(result.state).toBe('unknown');
    expect(result.reason).toContain('detached');
  });

  it('handles an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(detectCommentState(doc).state).toBe('none');
  });
});

describe('commentNoticeKind', () => {
  it.each([
    ['closed', 'loud'],
    ['restricted', 'loud'],
    ['open', 'quiet'],
    ['embedded', 'quiet'],
    ['none', 'none'],
    ['unknown', 'none'],
  ] as const)('%s → %s', (state, kind) => {
    expect(commentNoticeKind({ state })).toBe(kind);
  });
});
