import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadedExtension } from '../../tests/e2e/launch-extension';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import type { ExtractResult } from '../../src/extract/types';
import { median, quantile, round } from './stats';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability');
const READABILITY_JS = readFileSync(
  resolve(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js'),
  'utf8',
);
/**
 * The baseline as extract.js itself runs: a freshly evaluated script on every click, so neither side profits from
 * code the page already warmed up.
 */
const BARE_READABILITY = `${READABILITY_JS}
;(() => { const start = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - start; })()`;
const RUNS = 3;

/** Per corpus page: extract.js's own time against a bare `new Readability(document.cloneNode(true)).parse()`, both fresh. */
export async function benchExtraction(ext: LoadedExtension) {
  if (!existsSync(CORPUS)) return { skipped: `no corpus at ${CORPUS}` };
  const server = await startFixtureServer({ '/corpus/': CORPUS });
  const slugs = readdirSync(CORPUS)
    .filter((s) => existsSync(join(CORPUS, s, 'source.html')))
    .sort();
  const pages: {
    slug: string;
    extractMs: number;
    readabilityMs: number;
    ratio: number;
    /** extract.js in the page's own world, where the baseline runs: the same-world comparison. */
    mainWorldMs: number;
    mainWorldRatio: number;
    ok: boolean;
    blocks: number;
  }[] = [];
  try {
    for (const slug of slugs) {
      const url = server.url(`/corpus/${slug}/source.html`);
      const tabId = await ext.openTab(url);
      const page = ext.context.pages().find((p) => p.url() === url);
      if (!page) continue;
      const extract: number[] = [];
      const mainWorld: number[] = [];
      const bare: number[] = [];
      let last: ExtractResult | undefined;
      for (let i = 0; i < RUNS; i++) {
        last = await ext.worker.evaluate(async (id) => {
          const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['extract.js'] });
          return frame?.result as ExtractResult;
        }, tabId);
        if (last?.ok) extract.push(last.timings.extractMs);
        const inMain = await ext.worker.evaluate(async (id) => {
          const [frame] = await chrome.scripting.executeScript({
            target: { tabId: id },
            files: ['extract.js'],
            world: 'MAIN',
          });
          return frame?.result as ExtractResult;
        }, tabId);
        if (inMain?.ok) mainWorld.push(inMain.timings.extractMs);
        const ms = await page.evaluate<number>(BARE_READABILITY).catch(() => NaN);
        bare.push(ms);
      }
      await page.close();
      if (!last?.ok || !extract.length) {
        pages.push({
          slug,
          extractMs: NaN,
          readabilityMs: median(bare),
          ratio: NaN,
          mainWorldMs: NaN,
          mainWorldRatio: NaN,
          ok: false,
          blocks: 0,
        });
        continue;
      }
      const e = median(extract);
      const r = median(bare);
      pages.push({
        slug,
        extractMs: round(e),
        readabilityMs: round(r),
        ratio: round(e / r, 3),
        mainWorldMs: round(median(mainWorld)),
        mainWorldRatio: round(median(mainWorld) / r, 3),
        ok: true,
        blocks: last.article.blocks.length,
      });
    }
  } finally {
    await server.close();
  }
  const ratios = pages.filter((p) => p.ok && Number.isFinite(p.ratio)).map((p) => p.ratio);
  const sameWorld = pages.filter((p) => p.ok && Number.isFinite(p.mainWorldRatio)).map((p) => p.mainWorldRatio);
  return {
    summary: {
      pages: pages.length,
      articles: ratios.length,
      medianRatio: round(median(ratios), 3),
      p95Ratio: round(quantile(ratios, 0.95), 3),
      // The product runs in the isolated world (the page cannot tamper with it); DOM access costs more there.
      sameWorldMedianRatio: round(median(sameWorld), 3),
      sameWorldP95Ratio: round(quantile(sameWorld, 0.95), 3),
      medianExtractMs: round(median(pages.filter((p) => p.ok).map((p) => p.extractMs))),
      target: 'median ratio ≤ 1.15',
    },
    pages,
  };
}
