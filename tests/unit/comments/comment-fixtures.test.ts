// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
import type { CommentStateName } from '../../../src/extract/types';
import { FIXTURES, loadPage } from './load-fixture';

interface Expectation {
  state: CommentStateName;
  text?: string;
  lang?: string;
  provider?: string;
  audience?: string;
  count?: number;
}

const expected = JSON.parse(readFileSync(`${FIXTURES}comments/expected.json`, 'utf8')) as Record<string, Expectation>;
const table = Object.entries(expected).map(([slug, expectation]) => ({ slug, ...expectation }));

describe('detectCommentState on hand-written fixtures', () => {
  it.each(table)('$slug → $state', ({ slug, state, text, lang, provider, audience, count }) => {
    const doc = loadPage(`${FIXTURES}comments/${slug}.html`);
    const before = doc.documentElement.outerHTML;
    const result = detectCommentState(doc, { articleLang: doc.documentElement.lang });

    expect(result.state).toBe(state);
    if (text !== undefined) expect(result.evidence?.[0]?.text).toBe(text);
    if (lang !== undefined) expect(result.evidence?.[0]?.lang).toBe(lang);
    if (provider !== undefined) expect(result.provider).toBe(provider);
    if (audience !== undefined) expect(result.audience).toBe(audience);
    if (count !== undefined) expect(result.count).toBe(count);
    if (state !== 'none') expect(result.evidence?.length).toBeGreaterThan(0);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    // Read-only: the page must be exactly as it was.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
