// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_CHARS_FOR_READABILITY } from '../../../src/extract/extract-article';
import { MAX_ELEMENTS_FOR_FULL_PARSE } from '../../../src/extract/narrow-document';

const SENTENCE = 'The finance minister told parliament on Monday that the budget deficit had narrowed to 4.1 percent. ';

function page(navItems: number, paragraphs: number, sentencesEach: number): Document {
  const nav = Array.from({ length: navItems }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${i}. ${SENTENCE.repeat(sentencesEach)}</p>`).join('');
  const html = `<html lang="en"><head><title>Budget</title></head><body><nav><ul>${nav}</ul></nav><main><article><h1>Budget</h1>${body}</article></main></body></html>`;
  return new JSDOM(html, { url: 'https://example.com/budget' }).window.document;
}

describe('huge pages are read without handing Readability the whole of them', () => {
  it('a page with more elements than a full parse takes is narrowed to its article', () => {
    const outcome = extractArticle(page(MAX_ELEMENTS_FOR_FULL_PARSE, 60, 3));
    expect(outcome).toMatchObject({ ok: true, mode: 'narrowed' });
    if (outcome.ok) expect(outcome.article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(60);
  });

  it('a narrowed article longer than Readability can score quickly is cut into blocks as it is, losing nothing', () => {
    const paragraphs = Math.ceil(MAX_CHARS_FOR_READABILITY / (SENTENCE.length * 8)) + 10;
    const outcome = extractArticle(page(MAX_ELEMENTS_FOR_FULL_PARSE, paragraphs, 8));
    expect(outcome).toMatchObject({ ok: true, mode: 'container' });
    if (!outcome.ok) return;
    const body = outcome.article.blocks.filter((b) => b.kind === 'paragraph');
    expect(body).toHaveLength(paragraphs);
    expect(body.at(-1)?.text).toBe(`${paragraphs - 1}. ${SENTENCE.repeat(8).trim()}`);
    expect(outcome.article.blocks[0]).toMatchObject({ kind: 'title', text: 'Budget' });
  });
});
