/**
 * `npx tsx scripts/fuzz.ts [cases] [seed] [--only=<target name part>]`: the fuzz properties of tests/unit/fuzz,
 * thousands of cases, with a summary per target (cases, failures, median and max ms, peak heap). Exits 1 when any
 * property failed.
 */
import fc from 'fast-check';
import { corpusAvailable, corpusPages } from '../tests/unit/extract/corpus';
import { entityInputArb, fragmentArb, mutate, mutationArb, pageArb, textsArb } from '../tests/unit/fuzz/arbitraries';
import {
  commentsHold,
  entitiesHold,
  extractionHolds,
  languageHolds,
  segmentationHolds,
} from '../tests/unit/fuzz/properties';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const total = Number(positional[0] ?? 10_000);
const seed = Number(positional[1] ?? Date.now() % 2 ** 31);
const MAX_MS = 2_000;

interface Target {
  name: string;
  /** Share of the cases: extraction on corpus pages is ~50× slower than splitting a fragment. */
  weight: number;
  arb: fc.Arbitrary<unknown>;
  run: (input: never) => void | Promise<void>;
  /** Real pages are far larger than generated ones. */
  maxMs?: number;
}

const pages = corpusPages();
const targets: Target[] = [
  { name: 'extraction (generated)', weight: 0.1, arb: pageArb, run: extractionHolds },
  { name: 'comments', weight: 0.15, arb: pageArb, run: commentsHold },
  { name: 'language', weight: 0.25, arb: textsArb, run: languageHolds },
  {
    name: 'segmentation',
    weight: 0.25,
    arb: fc.array(fragmentArb, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
    run: segmentationHolds,
  },
  { name: 'entities', weight: 0.23, arb: entityInputArb, run: entitiesHold },
];
if (corpusAvailable) {
  targets.push({
    name: 'extraction (mutated corpus)',
    weight: 0.02,
    maxMs: 6_000,
    arb: fc.tuple(fc.nat(pages.length - 1), mutationArb),
    run: ([i, mutations]: [number, Parameters<typeof mutate>[1]]) => extractionHolds(mutate(pages[i]!.html, mutations)),
  });
}

/** A case as a short line: corpus cases name their page rather than print a mutation list. */
function describe(input: unknown): string {
  const page = Array.isArray(input) && typeof input[0] === 'number' ? pages[input[0]]?.slug : undefined;
  return (page ? `page ${page}, ` : '') + JSON.stringify(input).slice(0, 300);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: Record<string, unknown>[] = [];
let failed = false;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
for (const target of targets.filter((t) => !only || t.name.includes(only))) {
  const numRuns = Math.max(1, Math.round(total * target.weight));
  const times: number[] = [];
  const failures: string[] = [];
  const slow: string[] = [];
  // Sampled after each case: a heap that keeps climbing means a case leaks (an unclosed jsdom window, say).
  let peakHeap = 0;
  const property = fc.asyncProperty(target.arb, async (input) => {
    const start = performance.now();
    try {
      await target.run(input as never);
    } catch (error) {
      failures.push(`${String(error).slice(0, 300)}\n  input: ${describe(input)}`);
    }
    const ms = performance.now() - start;
    times.push(ms);
    if (ms > (target.maxMs ?? MAX_MS)) slow.push(`${ms.toFixed(0)} ms, input: ${describe(input)}`);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    // A closed jsdom window is only freed once the event loop turns; fast-check's async runner yields microtasks
    // only, so without this every page of the run stays on the heap (the 10,000-case run died of it).
    await new Promise((resolve) => setImmediate(resolve));
  });
  // Failures are collected, not thrown: one bad case should not hide the rest of the run's numbers.
  await fc.check(property, { seed, numRuns });
  const row = {
    target: target.name,
    cases: times.length,
    failures: failures.length,
    overLimit: slow.length,
    limitMs: target.maxMs ?? MAX_MS,
    medianMs: Number(median(times).toFixed(2)),
    maxMs: Number(Math.max(...times).toFixed(1)),
    peakHeapMB: mb(peakHeap),
    endHeapMB: mb(process.memoryUsage().heapUsed),
  };
  rows.push(row);
  console.log(JSON.stringify(row));
  if (failures.length || slow.length) failed = true;
  for (const failure of failures.slice(0, 3)) console.error(`✗ ${target.name}: ${failure}`);
  for (const case_ of slow.slice(0, 3)) console.error(`✗ ${target.name} over ${row.limitMs} ms: ${case_}`);
}
console.log(
  `seed ${seed}, ${rows.reduce((n, r) => n + (r.cases as number), 0)} cases${corpusAvailable ? '' : ' (no corpus: skipped)'}`,
);
console.table(rows);
process.exit(failed ? 1 : 0);
