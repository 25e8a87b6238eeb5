import { Readability } from '@mozilla/readability';

/**
 * Readability for a reader of text. Its last steps prepare the article's HTML for display: inline styles and
 * presentational attributes removed, links and image sources made absolute, nested wrappers merged. None of them changes
 * a character of text, and Tarjuma reads only the text, so they are skipped (about 8% of Readability's time).
 * The overridden methods are Readability's own (0.6.0); tests/unit/extract/text-readability.test.ts fails if a new
 * version renames them, and the corpus tests check the blocks are the same as stock Readability's on every page.
 */
export class TextReadability<T> extends Readability<T> {
  /** Removes `style`, `align`, `bgcolor`… from every element of the article: display only. */
  _cleanStyles(): void {}

  /** Makes URIs absolute, merges nested wrappers, strips classes: display only. */
  _postProcessContent(): void {}
}

/**
 * A deep copy of the page for Readability to change. A doctype whose name is no valid XML name (a page that writes
 * `<!DOCTYPE <!DOCTYPE html>`) cannot be cloned in some DOMs; the page is then copied without it, which Readability
 * does not read.
 */
function clonePage(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    const copy = doc.implementation.createHTMLDocument('');
    copy.replaceChild(copy.importNode(doc.documentElement, true), copy.documentElement);
    return copy;
  }
}

/** Readability's parse of a clone of the page (it mutates what it is given), content kept as an element. */
export function parseArticleText(doc: Document) {
  const clone = clonePage(doc);
  // The content stays an element (blocks are read from it, no HTML string is made), and its classes are left alone.
  return new TextReadability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
}
