/**
 * Comment-state accuracy, printed, never asserted: the development pages (tests/fixtures/comments/<slug>), the check
 * pages among them (pattern `check`, written and labelled before detection ran on them) and the Readability corpus
 * against their hand labels, with a per-state confusion matrix, the false "closed" count (the error
 * that matters most) and detection times in jsdom. `npm run bench:comments` alone, or as part of `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectCommentState } from '../../src/comments/detect-comment-state';
import type { CommentStateName } from '../../src/extract/types';
import { COMMENT_PAGES, listCommentPages, loadCommentPage, readGolden } from '../fixtures/comment-pages';
import type { LoadedExtension } from '../../tests/e2e/launch-extension';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import type { ExtractResult } from '../../src/extract/types';
import { CROSS_ORIGIN_ISOLATED } from './extraction';
import { median, round } from './stats';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability');
const SEED = resolve(import.meta.dirname, '../../tests/fixtures/seed/page.html');
const LABELS = resolve(import.meta.dirname, '../../tests/fixtures/comments/corpus-labels.json');
const STATES: CommentStateName[] = ['closed', 'open', 'embedded', 'restricted', 'none', 'unknown'];
const WARM_RUNS = 30;
const BROWSER_RUNS = 7;

interface Case {
  slug: string;
  path: string;
  url?: string;
  label: CommentStateName;
  /** A second thing the label says, checked too: the embed's provider. */
  provider?: string;
}

function score(cases: Case[]) {
  const confusion: Record<string, Record<string, number>> = {};
  for (const label of STATES) confusion[label] = Object.fromEntries(STATES.map((s) => [s, 0]));
  const misses: string[] = [];
  const falseClosed: string[] = [];
  let right = 0;
  for (const c of cases) {
    const doc = loadCommentPage(c.path, c.url);
    const result = detectCommentState(doc, { articleLang: doc.documentElement.lang || undefined });
    confusion[c.label]![result.state]! += 1;
    const providerOk = !c.provider || result.provider === c.provider;
    if (result.state === c.label && providerOk) right += 1;
    else misses.push(`${c.slug}: labelled ${c.label}${c.provider ? ` (${c.provider})` : ''}, detected ${result.state}`);
    if (result.state === 'closed' && c.label !== 'closed') falseClosed.push(c.slug);
  }
  // Rows: the hand label; columns: what detection said. Empty rows and cells left out.
  const matrix = Object.fromEntries(
    Object.entries(confusion)
      .map(([label, row]) => [label, Object.fromEntries(Object.entries(row).filter(([, n]) => n > 0))] as const)
      .filter(([, row]) => Object.keys(row).length > 0),
  );
  return {
    pages: cases.length,
    right,
    accuracy: cases.length ? round(right / cases.length, 3) : NaN,
    falseClosed: falseClosed.length,
    falseClosedPages: falseClosed,
    confusion: matrix,
    misses,
  };
}

/** The development pages, or only the check pages (labelled before detection ever ran on them). */
function fixtureCases(check: boolean): Case[] {
  return listCommentPages().flatMap((slug) => {
    const golden = readGolden(slug);
    if ((golden.pattern === 'check') !== check) return [];
    return [{ slug, path: join(COMMENT_PAGES, slug, 'source.html'), url: golden.url, label: golden.state }];
  });
}

function corpusCases(): Case[] {
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as {
    pages: Record<string, { state: CommentStateName; provider?: string }>;
  };
  return Object.entries(labels.pages)
    .filter(([slug]) => existsSync(join(CORPUS, slug, 'source.html')))
    .map(([slug, label]) => ({
      slug,
      path: join(CORPUS, slug, 'source.html'),
      url: `http://fakehost/${slug}/`,
      label: label.state,
      provider: label.provider,
    }));
}

/** Median warm time of detection on one page, in jsdom (slower than Chromium; the extraction bench has the browser's). */
function warmMs(path: string, url?: string, lang?: string): number {
  const doc = loadCommentPage(path, url);
  detectCommentState(doc, { articleLang: lang });
  const times: number[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) {
    const start = performance.now();
    detectCommentState(doc, { articleLang: lang });
    times.push(performance.now() - start);
  }
  return round(median(times));
}

function largestCorpusPage(): { slug: string; size: number } | undefined {
  return readdirSync(CORPUS)
    .filter((slug) => existsSync(join(CORPUS, slug, 'source.html')))
    .map((slug) => ({ slug, size: statSync(join(CORPUS, slug, 'source.html')).size }))
    .sort((a, b) => b.size - a.size)[0];
}

/**
 * Comment detection as it ships: `extract.js` injected into the seed and the largest corpus page in Chromium, its
 * `timings.commentsMs` on the first run (a reader's click) and the median of the runs after it (warm).
 */
export async function benchCommentsInChromium(ext: LoadedExtension) {
  const mounts: Record<string, string> = { '/seed/': dirname(SEED) };
  if (existsSync(CORPUS)) mounts['/corpus/'] = CORPUS;
  const server = await startFixtureServer(mounts, CROSS_ORIGIN_ISOLATED);
  const largest = existsSync(CORPUS) ? largestCorpusPage() : undefined;
  const targets = [
    { page: 'seed', url: server.url('/seed/page.html') },
    ...(largest ? [{ page: largest.slug, url: server.url(`/corpus/${largest.slug}/source.html`) }] : []),
  ];
  const out: { page: string; state?: string; firstMs: number; warmMedianMs: number }[] = [];
  try {
    for (const { page, url } of targets) {
      const tabId = await ext.openTab(url);
      await ext.pageOf(url).catch(() => undefined);
      const times: number[] = [];
      let state: string | undefined;
      for (let run = 0; run < BROWSER_RUNS; run += 1) {
        const result = (await ext.worker.evaluate(async (id) => {
          const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['extract.js'] });
          return frame?.result as unknown;
        }, tabId)) as ExtractResult | undefined;
        if (!result?.ok) continue;
        state = result.comments.state;
        times.push(result.timings.commentsMs ?? NaN);
      }
      out.push({ page, state, firstMs: round(times[0] ?? NaN), warmMedianMs: round(median(times.slice(1))) });
    }
  } finally {
    await server.close();
  }
  return out;
}

export function benchComments() {
  const report: Record<string, unknown> = { development: score(fixtureCases(false)), check: score(fixtureCases(true)) };
  if (existsSync(CORPUS) && existsSync(LABELS)) {
    report.corpus = score(corpusCases());
    const largest = largestCorpusPage();
    if (largest) {
      report.largestCorpusPage = {
        slug: largest.slug,
        bytes: largest.size,
        jsdomWarmMs: warmMs(join(CORPUS, largest.slug, 'source.html'), `http://fakehost/${largest.slug}/`),
      };
    }
  } else {
    report.corpus = { skipped: `no corpus or labels at ${CORPUS}` };
  }
  if (existsSync(SEED)) {
    report.seed = { jsdomWarmMs: warmMs(SEED, 'http://127.0.0.1/2023/12/07/iranian-president-moscow/', 'ur') };
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(benchComments(), null, 2));
}
