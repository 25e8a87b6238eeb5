/**
 * Runs in the page (injected with `scripting.executeScript({ func })`), so it is self-contained: nothing from outside
 * its body. Finds `needles` in the page's visible text again, by their words (whitespace collapsed), never by an index
 * the page may have shifted; scrolls to occurrence `occurrence` (modulo how many there are) and outlines the element
 * holding it for `ms`, then puts the element's own outline back. Nothing else in the page is touched.
 */
export function markInPage(needles: string[], occurrence: number, ms: number): { found: number; index: number } {
  const squash = (text: string) => text.replace(/\s+/g, ' ');
  // The page's text with every run of whitespace as one space, and for each character the text node it came from.
  let flat = '';
  const owners: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const char of squash(node.data)) {
      if (char === ' ' && flat.endsWith(' ')) continue;
      flat += char;
      owners.push(node);
    }
  }
  const hits: Text[] = [];
  for (const needle of needles) {
    // A paragraph's opening words find it even where the page breaks it differently further on.
    const key = squash(needle).trim().slice(0, 120);
    if (!key) continue;
    for (let at = flat.indexOf(key); at !== -1; at = flat.indexOf(key, at + key.length)) hits.push(owners[at]!);
  }
  if (!hits.length) return { found: 0, index: -1 };
  const index = ((occurrence % hits.length) + hits.length) % hits.length;
  const element = hits[index]!.parentElement!;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  // Kept in this extension's own world (not the page's): the element's outline from before the first mark.
  const world = globalThis as unknown as { tarjumaMarks?: Map<HTMLElement, { outline: string; timer: number }> };
  const marks = (world.tarjumaMarks ??= new Map());
  const hadStyle = element.hasAttribute('style');
  const previous = marks.get(element);
  if (previous) clearTimeout(previous.timer);
  const outline = previous?.outline ?? element.style.outline;
  element.style.outline = '3px solid #d97706';
  const timer = window.setTimeout(() => {
    element.style.outline = outline;
    // An element that had no style attribute gets none back, not an empty one.
    if (!hadStyle && !previous && element.getAttribute('style') === '') element.removeAttribute('style');
    marks.delete(element);
  }, ms);
  marks.set(element, { outline, timer });
  return { found: hits.length, index };
}
