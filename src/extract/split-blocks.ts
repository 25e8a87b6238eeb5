import type { BlockKind } from './types';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

/** Elements that end a run of inline content: their start and end are block boundaries. (Names as `localName` gives.) */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot td th tr ul'
  ).split(' '),
);

/** Never article text, even when Readability keeps them. */
const SKIP_TAGS = new Set('script style noscript template svg math button select textarea iframe'.split(' '));

/**
 * Anything that makes an element more than one run of inline text. An element without any of these inside is read with
 * a single `textContent`: one native call instead of a DOM wrapper and a string per text node.
 */
const NOT_A_PLAIN_RUN = new Set([...BLOCK_TAGS, ...SKIP_TAGS, 'br']);

/** The block elements that give their kind to the text inside them; any other block keeps its parent's kind. */
const KIND_OF_TAG = new Map<string, BlockKind>([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag): [string, BlockKind] => [tag, 'heading']),
  ['li', 'list-item'],
  ['dd', 'list-item'],
  ['dt', 'list-item'],
  ['blockquote', 'quote'],
  ['figcaption', 'caption'],
  ['caption', 'caption'],
]);

/**
 * Every run of white space as one space, as `text.replace(/\s+/g, ' ')` does, but matching only the runs that are not
 * already a single space: two to four times faster on a long article, where nearly every run is one.
 */
export const collapseSpaces = (text: string) => text.replace(/[^\S ]\s*| \s+/g, ' ');

/**
 * Without soft hyphens (U+00AD): invisible hints where a browser may break a long word, which some news sites put inside
 * names ("Vladi\u00ADmir"). Left in, they cut a word in two for the translator and the recogniser alike.
 */
const withoutSoftHyphens = (text: string) => (text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text);

/**
 * Cuts an article element into blocks in reading order: one paragraph, heading, list item, quote or caption = one block,
 * the unit a translator receives. Every text node belongs to exactly one block, so no article text is lost; only
 * whitespace is normalised (kept as line breaks inside `<pre>` and at single `<br>`s) and soft hyphens are dropped.
 */
export function splitBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';
  let pendingBreaks = 0;

  const flush = () => {
    if (!buffer) return;
    const text = buffer
      .replace(/[^\S\n\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (text) blocks.push({ kind: bufferKind, text });
    buffer = '';
  };

  // Whether an element holds only inline markup and text. A plain element is read whole and never asked about again;
  // the elements found not plain are remembered, so nested inline markup around a block costs one visit, not one per level.
  const notPlain = new Set<Element>();
  const isPlainRun = (el: Element): boolean => {
    if (notPlain.has(el)) return false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (NOT_A_PLAIN_RUN.has(child.localName) || !isPlainRun(child)) {
        notPlain.add(el);
        return false;
      }
    }
    return true;
  };

  /** Appends a run of inline text, as the text nodes it is made of would be appended one by one. */
  const append = (value: string, kind: BlockKind, inPre: boolean) => {
    if (!value) return;
    if (!value.trim()) {
      if (buffer) buffer += inPre ? value : ' ';
      return;
    }
    pendingBreaks = 0;
    if (!buffer) bufferKind = kind;
    buffer += withoutSoftHyphens(inPre ? value : collapseSpaces(value));
  };

  // `kind` is what the nearest meaningful block ancestor makes text here: a paragraph inside a quote is a quote.
  const walk = (node: Node, kind: BlockKind, inPre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        append(child.nodeValue ?? '', kind, inPre);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'br') {
        // Two line breaks in a row separate paragraphs in pages that use <br> instead of <p>.
        pendingBreaks += 1;
        if (pendingBreaks >= 2) flush();
        else if (buffer) buffer += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        pendingBreaks = 0;
        const pre = inPre || tag === 'pre';
        const innerKind = KIND_OF_TAG.get(tag) ?? kind;
        if (!pre && isPlainRun(el)) {
          const text = withoutSoftHyphens(collapseSpaces(el.textContent ?? '')).trim();
          if (text) blocks.push({ kind: innerKind, text });
          continue;
        }
        walk(el, innerKind, pre);
        flush();
      } else if (isPlainRun(el)) {
        append(el.textContent ?? '', kind, inPre);
      } else {
        walk(el, kind, inPre);
      }
    }
  };

  walk(root, KIND_OF_TAG.get(root.localName) ?? 'paragraph', false);
  flush();
  return blocks;
}
