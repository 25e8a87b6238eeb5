import type { CommentEvidence } from '../extract/types';
import type { PageIndex } from './page-index';

const ARTICLE_TYPE = /Article|BlogPosting|Report/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function typeOf(node: unknown): string {
  const type = (node as { '@type'?: unknown })['@type'];
  return asArray(type).map(String).join(' ');
}

function hasCommentAction(json: unknown): boolean | null {
  const nodes = asArray((json as { '@graph'?: unknown })['@graph'] ?? json);
  const articles = nodes.filter((n) => n !== null && typeof n === 'object' && ARTICLE_TYPE.test(typeOf(n)));
  if (articles.length === 0) return null;
  return articles.some((a) =>
    asArray((a as { potentialAction?: unknown }).potentialAction).some((act) =>
      /CommentAction/.test(typeOf(act ?? {})),
    ),
  );
}

/**
 * Yoast SEO adds `potentialAction: CommentAction` to the Article only while comments are open. Weak either way:
 * caches, other plugins and closed posts with zero comments all blur it; absence alone never means closed.
 */
export function readYoastSignal(index: PageIndex): { evidence: CommentEvidence | null; graphWithoutAction: boolean } {
  for (const script of index.byTag('SCRIPT')) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const yoast = script.classList.contains('yoast-schema-graph');
    const action = hasCommentAction(json);
    if (action) {
      const signal = yoast ? 'yoast-comment-action' : 'jsonld-comment-action';
      return { evidence: { signal, selector: 'script[type="application/ld+json"]' }, graphWithoutAction: false };
    }
    if (yoast && action === false) return { evidence: null, graphWithoutAction: true };
  }
  return { evidence: null, graphWithoutAction: false };
}

const trimSlash = (path: string) => path.replace(/\/+$/, '');

/** WordPress links the post's own comments feed (`<post>/feed/`) only while comments are open or exist. */
export function readCommentsFeed(doc: Document, index: PageIndex): CommentEvidence | null {
  let page: URL;
  try {
    page = new URL(doc.URL);
  } catch {
    return null;
  }
  for (const link of index.byTag('LINK')) {
    if (link.getAttribute('rel') !== 'alternate' || link.getAttribute('type') !== 'application/rss+xml') continue;
    let feed: URL;
    try {
      feed = new URL(link.getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    const path = trimSlash(feed.pathname);
    if (!path.endsWith('/feed') || trimSlash(path.slice(0, -'/feed'.length)) !== trimSlash(page.pathname)) continue;
    if (trimSlash(page.pathname) === '') continue;
    return { signal: 'comments-feed', selector: `link[href="${feed.pathname}"]` };
  }
  return null;
}
