import type { BlockKind } from './types';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

/** Elements that end a run of inline content: their start and end are block boundaries. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Never article text, even when Readability keeps them. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
]);

function kindOf(ancestors: readonly string[]): BlockKind {
  // The nearest meaningful ancestor decides: a paragraph inside a quote is a quote, a caption inside a figure a caption.
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const tag = ancestors[i]!;
    if (/^H[1-6]$/.test(tag)) return 'heading';
    if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
    if (tag === 'BLOCKQUOTE') return 'quote';
    if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  }
  return 'paragraph';
}

/**
 * Cuts an article element into blocks in reading order: one paragraph, heading, list item, quote or caption = one block,
 * the unit a translator receives. Every text node belongs to exactly one block, so no article text is lost; only
 * whitespace is normalised (kept as line breaks inside `<pre>` and at single `<br>`s).
 */
export function splitBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';
  let pendingBreaks = 0;

  const flush = () => {
    const text = buffer
      .replace(/[^\S\n\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (text) blocks.push({ kind: bufferKind, text });
    buffer = '';
  };

  const walk = (node: Node, ancestors: string[], inPre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (!value.trim()) {
          if (buffer) buffer += inPre ? value : ' ';
          continue;
        }
        pendingBreaks = 0;
        if (!buffer) bufferKind = kindOf(ancestors);
        buffer += inPre ? value : value.replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        // Two line breaks in a row separate paragraphs in pages that use <br> instead of <p>.
        pendingBreaks += 1;
        if (pendingBreaks >= 2) flush();
        else if (buffer) buffer += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        pendingBreaks = 0;
        walk(el, [...ancestors, tag], inPre || tag === 'PRE');
        flush();
      } else {
        walk(el, ancestors, inPre);
      }
    }
  };

  walk(root, [root.tagName.toUpperCase()], false);
  flush();
  return blocks;
}
