import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
/** The baseline, written into the benchmark's private copy of the build so it is injected exactly as extract.js is. */
const BARE_READABILITY_FILE = 'bench-bare-readability.js';
const RUNS = 3;
/** `BENCH_EVERY=4` measures every fourth corpus page: a quick comparison, not the reported number. */
const EVERY = Math.max(1, Number(process.env.BENCH_EVERY ?? 1) || 1);
/** Chromium switches the extraction benchmark needs: `gc()` in pages, so no run pays for the garbage of the one before. */
export const EXTRACTION_BENCH_ARGS = ['--js-flags=--expose-gc'];

/**
 * Adds the baseline script to a copy of the built extension: Readability's own file and a bare
 * `new Readability(document.cloneNode(true)).parse()`, returning its time. Never part of a shipped build.
 */
export function addBareReadability(extensionDir: string) {
  writeFileSync(
    join(extensionDir, BARE_READABILITY_FILE),
    `(() => {\n${READABILITY_JS}\nconst start = performance.now();\nnew Readability(document.cloneNode(true)).parse();\nreturn performance.now() - start;\n})();\n`,
  );
}

/**
 * Corpus pages are served cross-origin isolated: `performance.now()` then counts in microseconds instead of 0.1 ms
 * steps, which matters on the many corpus pages Readability reads in about a millisecond.
 */
export const CROSS_ORIGIN_ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

type Side = 'extract' | 'bareMain' | 'bareIsolated';
/** Each run rotates the order, so no side always comes first (cold) or right after another's work. */
const ORDERS: Side[][] = [
  ['extract', 'bareMain', 'bareIsolated'],
  ['bareMain', 'bareIsolated', 'extract'],
  ['bareIsolated', 'extract', 'bareMain'],
];

/**
 * Per corpus page: extract.js's own time (`timings.extractMs`, in the extension's isolated world where it ships) against
 * a bare Readability run injected the same way, once in the page's world and once in the extension's isolated world.
 * Every side is a freshly injected script, and a full garbage collection runs before each measurement.
 */
export async function benchExtraction(ext: LoadedExtension) {
  if (!existsSync(CORPUS)) return { skipped: `no corpus at ${CORPUS}` };
  const server = await startFixtureServer({ '/corpus/': CORPUS }, CROSS_ORIGIN_ISOLATED);
  const slugs = readdirSync(CORPUS)
    .filter((s) => existsSync(join(CORPUS, s, 'source.html')))
    .sort()
    .filter((_, i) => i % EVERY === 0);
  const inject = (tabId: number, file: string, world: 'ISOLATED' | 'MAIN') =>
    ext.worker.evaluate(
      async ([id, f, w]) => {
        const [frame] = await chrome.scripting.executeScript({
          target: { tabId: id as number },
          files: [f as string],
          world: w as 'ISOLATED' | 'MAIN',
        });
        return frame?.result as unknown;
      },
      [tabId, file, world] as const,
    );
  const pages: {
    slug: string;
    ok: boolean;
    blocks: number;
    extractMs: number;
    /** The first run on the page, as a reader's single click meets it. */
    firstExtractMs: number;
    commentsMs: number;
    readabilityMs: number;
    readabilityIsolatedMs: number;
    ratio: number;
    sameWorldRatio: number;
  }[] = [];
  try {
    for (const slug of slugs) {
      const url = server.url(`/corpus/${slug}/source.html`);
      const tabId = await ext.openTab(url);
      const page = await ext.pageOf(url).catch(() => undefined);
      if (!page) continue;
      const times: Record<Side, number[]> = { extract: [], bareMain: [], bareIsolated: [] };
      const comments: number[] = [];
      let last: ExtractResult | undefined;
      for (let run = 0; run < RUNS; run++) {
        for (const side of ORDERS[run % ORDERS.length]!) {
          await page.evaluate('typeof gc === "function" && gc()').catch(() => undefined);
          if (side === 'extract') {
            last = (await inject(tabId, 'extract.js', 'ISOLATED')) as ExtractResult | undefined;
            if (last?.ok) {
              times.extract.push(last.timings.extractMs);
              comments.push(last.timings.commentsMs ?? NaN);
            }
          } else {
            const ms = await inject(tabId, BARE_READABILITY_FILE, side === 'bareMain' ? 'MAIN' : 'ISOLATED').catch(
              () => NaN,
            );
            times[side].push(typeof ms === 'number' ? ms : NaN);
          }
        }
      }
      await page.close();
      const e = median(times.extract);
      const r = median(times.bareMain);
      const ri = median(times.bareIsolated);
      const ok = Boolean(last?.ok && times.extract.length);
      pages.push({
        slug,
        ok,
        blocks: last?.ok ? last.article.blocks.length : 0,
        extractMs: ok ? round(e) : NaN,
        firstExtractMs: ok ? round(times.extract[0]!) : NaN,
        commentsMs: ok ? round(median(comments)) : NaN,
        readabilityMs: round(r),
        readabilityIsolatedMs: round(ri),
        ratio: ok ? round(e / r, 3) : NaN,
        sameWorldRatio: ok ? round(e / ri, 3) : NaN,
      });
    }
  } finally {
    await server.close();
  }
  const articles = pages.filter((p) => p.ok && Number.isFinite(p.ratio));
  const of = (pick: (p: (typeof pages)[number]) => number) => articles.map(pick).filter(Number.isFinite);
  return {
    summary: {
      pages: pages.length,
      articles: articles.length,
      target: 'median ratio ≤ 1.15',
      // extract.js (isolated world) against bare Readability in the page's own world.
      medianRatio: round(median(of((p) => p.ratio)), 3),
      p95Ratio: round(
        quantile(
          of((p) => p.ratio),
          0.95,
        ),
        3,
      ),
      // Against bare Readability injected into the same isolated world: what extract.js adds to Readability itself.
      sameWorldMedianRatio: round(median(of((p) => p.sameWorldRatio)), 3),
      sameWorldP95Ratio: round(
        quantile(
          of((p) => p.sameWorldRatio),
          0.95,
        ),
        3,
      ),
      // What the isolated world costs any DOM code: bare Readability there against the page's world.
      isolatedWorldCost: round(median(of((p) => p.readabilityIsolatedMs / p.readabilityMs)), 3),
      medianExtractMs: round(median(of((p) => p.extractMs))),
      medianFirstExtractMs: round(median(of((p) => p.firstExtractMs))),
      medianCommentsMs: round(median(of((p) => p.commentsMs))),
    },
    pages,
  };
}
