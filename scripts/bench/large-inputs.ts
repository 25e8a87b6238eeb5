import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedExtension } from '../../tests/e2e/launch-extension';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import type { ExtractResult } from '../../src/extract/types';
import { createLibreTranslateProvider } from '../../src/translate/providers/libretranslate';
import { planBatches } from '../../src/translate/router/plan-batches';
import { splitLongText } from '../../src/translate/router/split-long-text';
import type { Segment } from '../../src/translate/router/router-types';
import { round } from './stats';

const SENTENCE = 'The finance minister told parliament on Monday that the budget deficit had narrowed to 4.1 percent. ';

export const LARGE_PAGES = {
  /** About 5 MB: a long article inside a page heavy with navigation, more elements than a full parse takes. */
  fiveMb: 'five-mb.html',
  paragraphs2000: 'paragraphs-2000.html',
  paragraph50k: 'paragraph-50k.html',
} as const;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export const LONG_PARAGRAPH = SENTENCE.repeat(Math.ceil(50_000 / SENTENCE.length))
  .slice(0, 50_000)
  .trim();

/** Writes the three pages into `dir` (generated, never committed: several MB). */
export function writeLargePages(dir: string): void {
  const nav = Array.from({ length: 12_000 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const article = Array.from({ length: 4_000 }, (_, i) => `<p>${i}. ${SENTENCE.repeat(8)}</p>`).join('');
  let big = `<nav><ul>${nav}</ul></nav><main><article><h1>A very large page</h1>${article}</article></main>`;
  while (big.length < 5_000_000) big += `<aside><p>${SENTENCE.repeat(20)}</p></aside>`;
  writeFileSync(join(dir, LARGE_PAGES.fiveMb), page('A very large page', big));
  const paras = Array.from({ length: 2_000 }, (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCE.repeat(2)}</p>`).join('');
  writeFileSync(
    join(dir, LARGE_PAGES.paragraphs2000),
    page('Two thousand paragraphs', `<article><h1>Two thousand paragraphs</h1>${paras}</article>`),
  );
  writeFileSync(
    join(dir, LARGE_PAGES.paragraph50k),
    page(
      'One long paragraph',
      `<article><h1>One long paragraph</h1><p>${LONG_PARAGRAPH}</p><p>${SENTENCE.repeat(5)}</p></article>`,
    ),
  );
}

/** Requests the router would send LibreTranslate for one 50,000-character paragraph. */
export function planLongParagraph() {
  const limits = createLibreTranslateProvider({ url: 'http://localhost:5000' }).limits;
  const { parts } = splitLongText(LONG_PARAGRAPH, limits.maxChars);
  const segments: Segment[] = parts.map((text, part) => ({ block: 0, part, text }));
  const batches = planBatches(segments, limits);
  return {
    chars: LONG_PARAGRAPH.length,
    limits: { maxChars: limits.maxChars, maxItems: limits.maxItems, concurrency: limits.concurrency },
    segments: parts.length,
    longestSegment: Math.max(...parts.map((p) => p.length)),
    requests: batches.length,
  };
}

/** Injects extract.js into the tab and times it from the outside. */
export async function extractIn(
  ext: LoadedExtension,
  tabId: number,
): Promise<{ result: ExtractResult; wallMs: number }> {
  const start = performance.now();
  const result = await ext.worker.evaluate(async (id) => {
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['extract.js'] });
    return frame?.result as ExtractResult;
  }, tabId);
  return { result, wallMs: performance.now() - start };
}

/** `npm run bench large`: extraction of very large inputs, and how a very long paragraph is cut into requests. */
export async function benchLargeInputs(ext: LoadedExtension) {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuma-large-'));
  writeLargePages(dir);
  const server = await startFixtureServer({ '/large/': dir });
  const pages: Record<string, unknown>[] = [];
  try {
    for (const file of Object.values(LARGE_PAGES)) {
      const url = server.url(`/large/${file}`);
      const tabId = await ext.openTab(url);
      const tab = await ext.pageOf(url).catch(() => undefined);
      const { result, wallMs } = await extractIn(ext, tabId);
      const heap = await tab?.evaluate(
        () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
      );
      pages.push({
        page: file,
        bytes: statSync(join(dir, file)).size,
        ok: result?.ok ?? false,
        mode: result?.ok ? (result as { mode?: string }).mode : result?.reason,
        blocks: result?.ok ? result.article.blocks.length : 0,
        extractMs: result?.ok ? round(result.timings.extractMs) : NaN,
        commentsMs: result?.ok ? round(result.timings.commentsMs ?? NaN) : NaN,
        injectionWallMs: round(wallMs),
        pageHeapMB: heap === undefined ? null : round(heap / 2 ** 20, 1),
      });
      await tab?.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { pages, longParagraph: planLongParagraph() };
}
