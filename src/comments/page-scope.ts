/**
 * Which parts of the page speak about THIS article's comments. Lists of other posts (sidebars, widgets, related posts,
 * archives, other `article`s), readers' own comments, non-rendered text and hidden elements do not.
 */
const UNRENDERED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'TEXTAREA',
  'SELECT',
  'SVG',
  'svg',
]);
const OTHER_POSTS_TAGS = new Set(['ASIDE', 'NAV']);
const OTHER_POSTS_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo']);
const OTHER_POSTS_IDS = new Set(['sidebar', 'secondary', 'colophon', 'masthead']);
const OTHER_POSTS_CLASSES = [
  'widget',
  'widget-area',
  'sidebar',
  'related',
  'related-posts',
  'yarpp-related',
  'jp-relatedposts',
  'post-list',
  'posts-list',
  'recent-posts',
  'site-header',
  'site-footer',
  // Readers' comments: their words are not the page's.
  'comment-list',
  'commentlist',
  'comment-body',
  'comment-content',
];
/** Where a notice speaks for this article's comments. */
export const COMMENT_AREA =
  '#comments, #respond, .comments-area, .comments, .comment-respond, #commento, #comentario, [id^="comments"], [class*="comments"]';
export const ARTICLE_BODY = '.entry-content, .post-content, .article-body, .article-content, [itemprop="articleBody"]';
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export interface PageScope {
  main: Element | null;
  /** The page's own `#comments` element, when it has one. */
  anchor: Element | null;
  win: (Window & typeof globalThis) | null;
  /** getComputedStyle answers for this run: notices, forms and embeds share most ancestors. */
  styleHidden: Map<Element, boolean>;
  /** `excludedSelf` answers for this run: jsdom's classList is slow, and ancestors are asked about again and again. */
  excluded?: Map<Element, string | null>;
}

// Utility classes that hide an element in the common CSS frameworks (Bootstrap, Foundation, Bulma, WordPress themes).
const HIDING_CLASSES = ['hidden', 'hide', 'd-none', 'is-hidden', 'u-hidden', 'invisible', 'display-none'];

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const classes = el.classList;
  if (classes.length && HIDING_CLASSES.some((name) => classes.contains(name))) return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

function isOtherPosts(el: Element, scope: PageScope): boolean {
  // A region holding the page's own `#comments` is this article's thread, however it is marked up: The Telegraph's
  // `aside#comments`, AO3's `role="complementary"` feedback box, Blogger's post widget.
  if (holdsAnchor(el, scope)) return false;
  if (OTHER_POSTS_TAGS.has(el.tagName) || OTHER_POSTS_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (OTHER_POSTS_IDS.has(el.id)) return true;
  const classes = el.classList;
  if (OTHER_POSTS_CLASSES.some((name) => classes.contains(name))) return true;
  if (
    classes.contains('comment') &&
    (el.tagName === 'LI' || el.tagName === 'ARTICLE' || el.id.startsWith('comment-'))
  ) {
    return true;
  }
  // Site-wide header/footer, but not the article's own entry header/footer.
  if ((el.tagName === 'HEADER' || el.tagName === 'FOOTER') && !el.closest('article') && !containsMain(el, scope)) {
    return true;
  }
  return el.tagName === 'ARTICLE' && scope.main !== null && el !== scope.main && !containsMain(el, scope);
}

function holdsAnchor(el: Element, scope: PageScope): boolean {
  return scope.anchor !== null && el.contains(scope.anchor);
}

function containsMain(el: Element, scope: PageScope): boolean {
  return scope.main !== null && el.contains(scope.main);
}

function whyExcluded(el: Element, scope: PageScope): string | null {
  if (UNRENDERED_TAGS.has(el.tagName)) return 'unrendered';
  if (isHiddenByMarkup(el)) return 'hidden';
  if (isOtherPosts(el, scope)) return 'other-posts';
  return null;
}

/** Why an element (not its ancestors) is out of scope, or null. */
export function excludedSelf(el: Element, scope: PageScope): string | null {
  const cache = (scope.excluded ??= new Map());
  let why = cache.get(el);
  if (why === undefined) {
    why = whyExcluded(el, scope);
    cache.set(el, why);
  }
  return why;
}

function computeHidden(el: Element, scope: PageScope): boolean {
  if (!scope.win || typeof scope.win.getComputedStyle !== 'function') return false;
  try {
    const style = scope.win.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  } catch {
    return false;
  }
}

function hiddenByStyle(el: Element, scope: PageScope): boolean {
  let hidden = scope.styleHidden.get(el);
  if (hidden === undefined) {
    hidden = computeHidden(el, scope);
    scope.styleHidden.set(el, hidden);
  }
  return hidden;
}

/**
 * Whether the element and every ancestor are rendered, visible and about this article. `hiddenAllowed`: a third-party
 * thread is often mounted in a collapsed or lazy container that the reader opens ("Show comments"), so for a mount
 * point only unrendered and off-topic ancestors count.
 */
export function isInScope(el: Element, scope: PageScope, checkStyle = true, hiddenAllowed = false): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const why = excludedSelf(node, scope);
    if (why && !(hiddenAllowed && why === 'hidden')) return false;
    if (checkStyle && !hiddenAllowed && hiddenByStyle(node, scope)) return false;
  }
  return true;
}
