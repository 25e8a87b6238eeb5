import type { PageIndex } from './page-index';
import { ARTICLE_BODY } from './page-scope';

function weight(article: Element): number {
  const body = article.querySelector(ARTICLE_BODY) ?? article;
  return (body.textContent ?? '').length + (article.querySelector('h1') ? 100_000 : 0);
}

/**
 * The `article` element this page is about, or null on list pages. Readers' comments marked up as `article` and posts
 * in sidebars are not candidates; among several, the one with the `h1` or clearly the most text wins.
 */
export function findMainArticle(index: PageIndex): Element | null {
  const articles = index
    .byTag('ARTICLE')
    .filter(
      (a) => !a.classList.contains('comment') && !a.closest('.comment-list, .commentlist, aside, .widget, .sidebar'),
    );
  const outer = articles.filter((a) => !articles.some((b) => b !== a && b.contains(a)));
  if (outer.length <= 1) return outer[0] ?? null;
  const ranked = outer.map((a) => ({ a, w: weight(a) })).sort((x, y) => y.w - x.w);
  const [first, second] = ranked;
  if (!first || !second) return null;
  return first.w >= 2 * second.w ? first.a : null;
}
