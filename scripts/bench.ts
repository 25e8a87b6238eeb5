/**
 * `npm run bench`: one JSON report of the numbers that matter to a reader, so runs can be compared.
 * Needs the e2e build (`npm run build:e2e`) and the production build (`npm run build`) for sizes.
 */
import { addBareReadability, benchExtraction, EXTRACTION_BENCH_ARGS } from './bench/extraction';
import { benchSizes } from './bench/sizes';
import { benchTranslation } from './bench/translation';
import { benchEntities } from './bench/entities';
import { benchLargeInputs } from './bench/large-inputs';
import { benchComments, benchCommentsInChromium } from './bench/comments';
import { benchReopen } from './bench/reopen';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/launch-extension';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
report.sizes = benchSizes();
report.entities = want('entities') ? await benchEntities() : undefined;
report.comments = want('comments') ? benchComments() : undefined;
// A private copy of the build, so a rebuild while the benchmark runs cannot pull files from under it.
const copy = mkdtempSync(join(tmpdir(), 'tarjuma-bench-ext-'));
cpSync(EXTENSION_DIR, copy, { recursive: true });
addBareReadability(copy);
const ext = await launchExtension(copy, { args: EXTRACTION_BENCH_ARGS });
try {
  if (want('extraction')) report.extraction = await benchExtraction(ext);
  if (want('translation')) report.translation = await benchTranslation(ext);
  if (want('reopen')) report.reopen = await benchReopen(ext);
  if (want('large')) report.largeInputs = await benchLargeInputs(ext);
  if (want('comments')) report.commentsInChromium = await benchCommentsInChromium(ext);
} finally {
  await ext.close();
  rmSync(copy, { recursive: true, force: true });
}
console.log(JSON.stringify(report, null, 2));
