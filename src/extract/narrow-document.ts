/** Pages above this many elements are narrowed before Readability scores them (its cost grows with the DOM). */
export const MAX_ELEMENTS_FOR_FULL_PARSE = 15_000;

const CONTAINER_SELECTORS =
  '[itemprop="articleBody"], article, main, [role="main"], .entry-content, .post-content, #content';

/**
 * For huge pages (feeds of thousands of items, 5 MB of markup), copies only the container most likely to hold the
 * article into a fresh document, so Readability runs on a fraction of the DOM and the tab never freezes.
 * Returns undefined when no container is small enough to help.
 */
export function narrowDocument(doc: Document): Document | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of Array.from(doc.querySelectorAll(CONTAINER_SELECTORS)).slice(0, 200)) {
    const size = el.getElementsByTagName('*').length;
    if (size > MAX_ELEMENTS_FOR_FULL_PARSE) continue;
    const paragraphs = el.getElementsByTagName('p').length;
    if (paragraphs > bestScore) {
      best = el;
      bestScore = paragraphs;
    }
  }
  if (!best) return undefined;
  const narrowed = doc.implementation.createHTMLDocument(doc.title);
  for (const meta of Array.from(doc.head?.querySelectorAll('meta, title, script[type="application/ld+json"]') ?? [])) {
    narrowed.head.appendChild(narrowed.importNode(meta, true));
  }
  const base = narrowed.createElement('base');
  base.href = doc.baseURI;
  narrowed.head.prepend(base);
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) narrowed.documentElement.setAttribute('lang', lang);
  const dir = doc.documentElement.getAttribute('dir');
  if (dir) narrowed.documentElement.setAttribute('dir', dir);
  narrowed.body.appendChild(narrowed.importNode(best, true));
  return narrowed;
}

/** Last resort for pages too large even to narrow: the text of their paragraphs, in order, capped. */
export function paragraphTexts(doc: Document, maxParagraphs = 5_000): string[] {
  const texts: string[] = [];
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 1) texts.push(text);
    if (texts.length >= maxParagraphs) break;
  }
  return texts;
}
