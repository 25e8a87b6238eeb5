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

/**
 * Anything that makes an element more than one run of inline text. An element without any of these inside is read with
 * a single `textContent`: one native call instead of a DOM wrapper and a string per text node.
 */
const NOT_A_PLAIN_RUN = new Set([...BLOCK_TAGS, ...SKIP_TAGS, 'BR']);
const KIND_OF_TAG = new Map<string, BlockKind>([
  ...['H1', 'H2', 'H3', 'H4', 'H5', 'H6'].map((tag): [string, BlockKind] => [tag, 'heading']),
  ['LI', 'list-item'],
  ['DD', 'list-item'],
  ['DT', 'list-item'],
  ['BLOCKQUOTE', 'quote'],
  ['FIGCAPTION', 'caption'],
  ['CAPTION', 'caption'],
]);

function kindOf(ancestors: readonly string[]): BlockKind {
  // The nearest meaningful ancestor decides: a paragraph inside a quote is a quote, a caption inside a figure a caption.
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const kind = KIND_OF_TAG.get(ancestors[i]!);
    if (kind) return kind;
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
      if (NOT_A_PLAIN_RUN.has(child.tagName.toUpperCase()) || !isPlainRun(child)) {
        notPlain.add(el);
        return false;
      }
    }
    return true;
  };

  /** Appends a run of inline text, as the text nodes it is made of would be appended one by one. */
  const append = (value: string, ancestors: readonly string[], inPre: boolean) => {
    if (!value) return;
    if (!value.trim()) {
      if (buffer) buffer += inPre ? value : ' ';
      return;
    }
    pendingBreaks = 0;
    if (!buffer) bufferKind = kindOf(ancestors);
    buffer += inPre ? value : value.replace(/\s+/g, ' ');
  };

  const walk = (node: Node, ancestors: string[], inPre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        append(child.nodeValue ?? '', ancestors, inPre);
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
        const pre = inPre || tag === 'PRE';
        if (!pre && isPlainRun(el)) {
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) blocks.push({ kind: kindOf([...ancestors, tag]), text });
          continue;
        }
        walk(el, [...ancestors, tag], pre);
        flush();
      } else if (isPlainRun(el)) {
        append(el.textContent ?? '', ancestors, inPre);
      } else {
        walk(el, ancestors, inPre);
      }
    }
  };

  walk(root, [root.tagName.toUpperCase()], false);
  flush();
  return blocks;
}
