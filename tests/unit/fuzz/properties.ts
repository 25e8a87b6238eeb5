import { JSDOM, VirtualConsole } from 'jsdom';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
import { recognizeEntities } from '../../../src/entities/recognize-entities';
import type { TextBlock } from '../../../src/entities/types';
import { extractArticle } from '../../../src/extract/extract-article';
import { splitBlocks } from '../../../src/extract/split-blocks';
import { detectLanguage } from '../../../src/language/detect-language';

/**
 * What must hold for any input, as plain functions that throw on a violation: the vitest files and `scripts/fuzz.ts`
 * run the same checks.
 */
export class PropertyViolation extends Error {
  override readonly name = 'PropertyViolation';
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropertyViolation(message);
}

// A silent console: generated pages are full of stylesheets jsdom cannot parse, which is expected, not news.
const pageOf = (html: string) =>
  new JSDOM(html, { url: 'https://news.example/2024/01/article/', virtualConsole: new VirtualConsole() }).window
    .document;

const BLOCK_KINDS = new Set(['title', 'subtitle', 'heading', 'paragraph', 'list-item', 'quote', 'caption']);
const COMMENT_STATES = new Set(['closed', 'open', 'embedded', 'restricted', 'none', 'unknown']);

/** Runs `check` on the page, then frees its window: thousands of unclosed jsdom windows exhaust the heap. */
function withPage(html: string, check: (doc: Document) => void): void {
  const doc = pageOf(html);
  try {
    check(doc);
  } finally {
    doc.defaultView?.close();
  }
}

/** extractArticle: never throws, never touches the page, numbered non-empty blocks. */
export function extractionHolds(html: string): void {
  withPage(html, extractionHoldsIn);
}

function extractionHoldsIn(doc: Document): void {
  const before = doc.documentElement.outerHTML;
  const outcome = extractArticle(doc);
  check(doc.documentElement.outerHTML === before, 'extractArticle modified the page');
  if (!outcome.ok) {
    check(['not-article', 'too-large'].includes(outcome.reason), `unknown reason ${outcome.reason}`);
    return;
  }
  check(typeof outcome.article.title === 'string', 'title is not a string');
  outcome.article.blocks.forEach((block, i) => {
    check(block.id === `b${i}`, `block ${i} has id ${block.id}`);
    check(BLOCK_KINDS.has(block.kind), `block ${i} has kind ${block.kind}`);
    check(block.text.length > 0 && block.text === block.text.trim(), `block ${i} is empty or untrimmed`);
  });
}

/** detectCommentState: never throws, never touches the page, a known state with a 0..1 confidence. */
export function commentsHold(html: string): void {
  withPage(html, commentsHoldIn);
}

function commentsHoldIn(doc: Document): void {
  const before = doc.documentElement.outerHTML;
  const state = detectCommentState(doc);
  check(doc.documentElement.outerHTML === before, 'detectCommentState modified the page');
  check(COMMENT_STATES.has(state.state), `unknown comment state ${state.state}`);
  check(state.confidence === undefined || (state.confidence >= 0 && state.confidence <= 1), 'confidence out of 0..1');
}

/** detectLanguage: a code, a 0..1 confidence and a direction for any texts. */
export async function languageHolds(texts: string[]): Promise<void> {
  const result = await detectLanguage(texts);
  check(typeof result.lang === 'string' && result.lang.length > 0, 'no language code');
  check(result.confidence >= 0 && result.confidence <= 1, `confidence ${result.confidence}`);
  check(result.dir === 'rtl' || result.dir === 'ltr', `direction ${String(result.dir)}`);
}

const SKIPPED = new Set([
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

/** The element's readable text (what a reader sees), skipping scripts, styles and controls. */
function readableText(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName.toUpperCase())) out += readableText(child);
  }
  return out;
}

const ink = (text: string) => text.replace(/[\s\u00ad]+/gu, '');

/** splitBlocks: every visible character lands in exactly one block, in reading order; nothing is invented. */
export function segmentationHolds(html: string): void {
  withPage(`<!doctype html><body>${html}</body>`, (doc) => segmentationHoldsIn(doc.body));
}

function segmentationHoldsIn(body: HTMLElement): void {
  const blocks = splitBlocks(body);
  const expected = ink(readableText(body));
  const got = ink(blocks.map((b) => b.text).join(''));
  check(
    got === expected,
    `text lost or reordered: expected ${JSON.stringify(expected.slice(0, 80))}…, got ${JSON.stringify(got.slice(0, 80))}…`,
  );
  for (const block of blocks) check(block.text.trim().length > 0, 'an empty block');
}

/** recognizeEntities: mentions sorted by block then start, non-overlapping, inside their block, pointing at entities. */
export function entitiesHold(input: { lang: string; blocks: { text: string; kind?: string }[] }): void {
  const blocks: TextBlock[] = input.blocks.map((b, i) => ({
    id: `b${i}`,
    text: b.text,
    ...(b.kind ? { kind: b.kind } : {}),
  }));
  const { entities, mentions } = recognizeEntities(blocks, input.lang);
  const ids = new Set(entities.map((e) => e.id));
  check(ids.size === entities.length, 'duplicate entity ids');
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  mentions.forEach((m, i) => {
    const block = blocks[order.get(m.blockId) ?? -1];
    check(block !== undefined, `mention ${i} in unknown block ${m.blockId}`);
    check(0 <= m.start && m.start < m.end && m.end <= block.text.length, `mention ${i} out of bounds`);
    check(block.text.slice(m.start, m.end) === m.text, `mention ${i} text differs from its span`);
    check(ids.has(m.entityId), `mention ${i} points at no entity`);
    const prev = mentions[i - 1];
    if (!prev) return;
    const prevBlock = order.get(prev.blockId) ?? -1;
    const block_ = order.get(m.blockId) ?? -1;
    check(
      prevBlock < block_ || (prevBlock === block_ && prev.end <= m.start),
      `mentions ${i - 1} and ${i} unsorted or overlapping`,
    );
  });
}
