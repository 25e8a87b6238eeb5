// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { splitBlocks } from '../../../src/extract/split-blocks';
import { parseArticleText } from '../../../src/extract/text-readability';
import { CORPUS_DIR, corpusAvailable, corpusPages, readFixture } from './corpus';

const SEED_URL = 'http://127.0.0.1/2023/12/07/iranian-president-moscow/';
const nonSpace = (text: string) => text.replace(/\s+/g, '').length;

function load(html: string, url = 'http://example.com/article') {
  return new JSDOM(html, { url }).window.document;
}

describe('the seed page', () => {
  const doc = load(readFixture('seed', 'page.html'), SEED_URL);
  const before = doc.documentElement.outerHTML;
  const outcome = extractArticle(doc);
  const reference = readFixture('seed', 'article.ur.txt')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  it('yields title, subtitle and the 12 body paragraphs, in order', () => {
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { blocks } = outcome.article;
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'subtitle', ...Array<string>(12).fill('paragraph')]);
    expect(blocks[0]!.text).toBe('ایرانی صدر سرکاری دورے پر ماسکوپہنچ گئے');
    expect(blocks[1]!.text).toBe(reference[1]);
    // article.ur.txt: title, subtitle, the image's alt text, 12 paragraphs, then the comments notice.
    expect(blocks.slice(2).map((b) => b.text)).toEqual(reference.slice(3, 15));
    expect(blocks.map((b) => b.id)).toEqual(blocks.map((_, i) => `b${i}`));
  });

  it('reads the metadata', () => {
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article).toMatchObject({
      url: SEED_URL,
      siteName: 'باغی ٹی وی',
      byline: 'ویب ڈیسک',
      publishedTime: '2023-12-07T13:20:00+05:00',
      lang: 'ur',
      dir: 'rtl',
    });
  });

  it('leaves the page untouched', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a page with a broken doctype', () => {
  it('is read like the same page without it, and left untouched', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i} tells what the floods did to the farms and roads of the district, and what comes next.</p>`,
    ).join('');
    const page = `<html><head><title>Floods</title></head><body><article><h1>Floods in Sindh</h1>${paragraphs}</article></body></html>`;
    const broken = load(`<!DOCTYPE <!DOCTYPE html>${page}`);
    const before = broken.documentElement.outerHTML;
    const outcome = extractArticle(broken);
    const plain = extractArticle(load(`<!DOCTYPE html>${page}`));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.article.blocks).toEqual(plain.ok && plain.article.blocks);
    expect(broken.documentElement.outerHTML).toBe(before);
  });
});

describe('a page that is not an article', () => {
  it('a page of links is not-article, with what was found kept as a candidate', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/p/${i}">Post ${i}</a></li>`).join('');
    const outcome = extractArticle(
      load(`<html><head><title>Site map</title></head><body><ul>${links}</ul></body></html>`),
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('an empty page is not-article', () => {
    expect(extractArticle(load('<html><body></body></html>'))).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe.skipIf(!corpusAvailable)(`block coverage on the Readability corpus (${CORPUS_DIR})`, () => {
  const pages = corpusPages();
  it('has the corpus', () => expect(pages.length).toBeGreaterThan(100));
  const htmlOf = new Map(pages.map((p) => [p.slug, p.html]));
  it.each([...htmlOf.keys()])(
    '%s: blocks cover ≥ 99%% of the article text, the same blocks as stock Readability gives',
    (slug) => {
      const doc = load(htmlOf.get(slug)!, `http://fakehost/test/${slug}`);
      const parsed = new Readability<Element>(doc.cloneNode(true) as Document, {
        serializer: (el) => el as Element,
      }).parse();
      const textOnly = parseArticleText(doc);
      expect(Boolean(textOnly?.content)).toBe(Boolean(parsed?.content));
      if (!parsed?.content) return; // Readability finds no article: nothing to cover.
      const blocks = splitBlocks(parsed.content);
      const covered = blocks.reduce((sum, b) => sum + nonSpace(b.text), 0);
      const total = nonSpace(parsed.textContent ?? '');
      expect(covered / Math.max(total, 1), `${covered} of ${total} characters`).toBeGreaterThanOrEqual(0.99);
      expect(blocks.every((b) => b.text.trim().length > 0)).toBe(true);
      // Skipping Readability's display-only steps changes no text and no metadata.
      expect(splitBlocks(textOnly!.content!)).toEqual(blocks);
      // Only the white space between the wrappers Readability would have merged differs.
      const meta = (r: typeof parsed) => ({
        ...r,
        content: null,
        textContent: nonSpace(r.textContent ?? ''),
        length: 0,
      });
      expect(meta(textOnly!)).toEqual(meta(parsed));
    },
  );
});

if (!corpusAvailable) {
  console.warn(`Readability corpus not found at ${CORPUS_DIR}: corpus coverage tests skipped.`);
}
