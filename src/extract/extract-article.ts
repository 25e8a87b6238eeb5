import { isProbablyReaderable } from '@mozilla/readability';
import { findSubtitle } from './find-subtitle';
import { MAX_ELEMENTS_FOR_FULL_PARSE, narrowDocument, paragraphTexts } from './narrow-document';
import { readMarkupDirection, readMarkupLanguage } from './read-page-language';
import { splitBlocks, type RawBlock } from './split-blocks';
import { parseArticleText } from './text-readability';
import type { Article, Block } from './types';

/** Under this much text a page that does not look like an article is a site map or a page of links. */
export const MIN_ARTICLE_CHARS = 500;
/** Past this much text in a narrowed page, Readability's scoring takes seconds: the container is used as it is. */
export const MAX_CHARS_FOR_READABILITY = 400_000;

export type ArticleOutcome =
  | { ok: true; article: Article; mode: 'full' | 'narrowed' | 'container' | 'paragraphs' }
  | { ok: false; reason: 'not-article' | 'too-large'; message: string; candidate?: Article };

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function toBlocks(title: string, subtitle: string | undefined, body: RawBlock[]): Block[] {
  const raw: RawBlock[] = [];
  if (title) raw.push({ kind: 'title', text: title });
  // The headline and the standfirst often reappear as the first elements of the content: keep one of each.
  const rest = body.filter((block, i) => !(i < 3 && (block.text === title || (subtitle && block.text === subtitle))));
  if (subtitle) raw.push({ kind: 'subtitle', text: subtitle });
  raw.push(...rest);
  return raw.map((block, i) => ({ id: `b${i}`, kind: block.kind, text: block.text }));
}

/** Whether a text has fewer than MIN_ARTICLE_CHARS non-space characters; stops counting once it has enough. */
function isShort(text: string): boolean {
  if (text.length < MIN_ARTICLE_CHARS) return true;
  const letter = /\S/g;
  for (let count = 0; letter.test(text);) if (++count >= MIN_ARTICLE_CHARS) return false;
  return true;
}

/**
 * The article of a page as blocks and metadata. Pure: takes a Document, never modifies it, returns data.
 * Huge pages are narrowed to their likeliest container first, and as a last resort read as a list of paragraphs.
 */
export function extractArticle(doc: Document): ArticleOutcome {
  const elementCount = doc.getElementsByTagName('*').length;
  let source: Document = doc;
  let mode: 'full' | 'narrowed' | 'container' | 'paragraphs' = 'full';
  if (elementCount > MAX_ELEMENTS_FOR_FULL_PARSE) {
    const narrowed = narrowDocument(doc);
    if (narrowed) {
      source = narrowed;
      mode = 'narrowed';
    } else {
      mode = 'paragraphs';
    }
  }

  const markupLang = readMarkupLanguage(doc);
  const markupDir = readMarkupDirection(doc);
  const baseArticle = { url: doc.URL, lang: markupLang, dir: markupDir };

  // Readability's scoring grows with the text as well as the DOM: a narrowed container that still holds a book's worth
  // of text is cut into blocks directly, which costs a fraction and freezes nothing.
  if (mode === 'narrowed' && (source.body.textContent?.length ?? 0) > MAX_CHARS_FOR_READABILITY) {
    const title = normalize(doc.title);
    const body = splitBlocks(source.body).filter((b, i) => !(i < 3 && b.text === title));
    return {
      ok: true,
      mode: 'container',
      article: { ...baseArticle, title, blocks: toBlocks(title, undefined, body) },
    };
  }

  if (mode === 'paragraphs') {
    const texts = paragraphTexts(doc);
    if (!texts.length) return { ok: false, reason: 'too-large', message: 'This page is too large to read.' };
    const title = normalize(doc.title);
    const body = texts.map((text): RawBlock => ({ kind: 'paragraph', text }));
    return { ok: true, mode, article: { ...baseArticle, title, blocks: toBlocks(title, undefined, body) } };
  }

  const parsed = parseArticleText(source);
  if (!parsed?.content) {
    return { ok: false, reason: 'not-article', message: 'No article was found on this page.' };
  }
  const title = normalize(parsed.title ?? doc.title ?? '');
  const subtitle = findSubtitle(doc, title);
  const article: Article = {
    ...baseArticle,
    title,
    byline: parsed.byline ? normalize(parsed.byline) : undefined,
    siteName: parsed.siteName ? normalize(parsed.siteName) : undefined,
    publishedTime: parsed.publishedTime ?? undefined,
    excerpt: parsed.excerpt ? normalize(parsed.excerpt) : undefined,
    lang: markupLang ?? parsed.lang ?? undefined,
    dir: markupDir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : undefined),
    blocks: toBlocks(title, subtitle, splitBlocks(parsed.content)),
  };
  // Only a short result needs the second opinion: a long one is an article whatever the page looks like.
  if (isShort(parsed.textContent ?? '') && !isProbablyReaderable(source)) {
    return {
      ok: false,
      reason: 'not-article',
      message: 'This page does not look like an article (a list of links or a site map).',
      candidate: article,
    };
  }
  return { ok: true, article, mode };
}
