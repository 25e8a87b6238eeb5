/** Where news themes put the standfirst (dek) under the headline. Readability usually drops it with the header. */
const SUBTITLE_SELECTORS = [
  '.entry-sub-title',
  '.entry-subtitle',
  '.sub-title',
  '.subtitle',
  '.subheading',
  '.standfirst',
  '.dek',
  '.article-summary',
  '[itemprop="alternativeHeadline"]',
  'h1 + h2',
].join(',');

const MAX_SUBTITLE_CHARS = 400;

function visibleText(el: Element): string {
  if (el.closest('[hidden], [aria-hidden="true"]')) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The article's subtitle, looked for near the headline in the original page (not in Readability's output). */
export function findSubtitle(doc: Document, title: string): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(SUBTITLE_SELECTORS)).slice(0, 10)) {
    if (el.closest('aside, nav, footer, .widget, .related-posts, .sidebar')) continue;
    const text = visibleText(el);
    if (text && text !== title && text.length <= MAX_SUBTITLE_CHARS) return text;
  }
  return undefined;
}
