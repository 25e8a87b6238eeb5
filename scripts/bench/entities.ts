// Prints what a reader waits for: module load, first call and warm median of recognition and linking on the seed.
// Part of `npm run bench` (each run a fresh process, so "first" is really first).
// CPU time is printed beside wall time because on a shared machine wall time mostly measures the neighbours.
import { performance } from 'node:perf_hooks';
import { loadFixture } from '../../tests/unit/entities/score-against-gold';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

const median = (xs: Timing[]): Timing => {
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return { wallMs: mid(xs.map((x) => x.wallMs)), cpuMs: mid(xs.map((x) => x.cpuMs)) };
};

async function timed<T>(run: () => T | Promise<T>): Promise<[T, Timing]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, { wallMs, cpuMs: (used.user + used.system) / 1000 }];
}

export async function benchEntities(runs = 15) {
  const seed = loadFixture('seed-iran-russia.json');
  const targets = seed.blocks.map((b) => ({ id: b.id, text: b.target, kind: b.kind }));
  const sources = seed.blocks.map((b) => ({ id: b.id, text: b.source }));
  const [[{ recognizeEntities }, { linkToSource }], load] = await timed(() =>
    Promise.all([import('../../src/entities/recognize-entities'), import('../../src/entities/link-to-source')]),
  );
  const [result, recognizeFirst] = await timed(() => recognizeEntities(targets, 'en'));
  const [linked, linkFirst] = await timed(() => linkToSource(result, sources, 'ur', 'en'));
  const recognizeRuns: Timing[] = [];
  const linkRuns: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    recognizeRuns.push((await timed(() => recognizeEntities(targets, 'en')))[1]);
    linkRuns.push((await timed(() => linkToSource(result, sources, 'ur', 'en')))[1]);
  }
  return {
    target: 'warm recognition ≤ 50 ms',
    load,
    recognizeFirst,
    recognizeWarm: median(recognizeRuns),
    linkFirst,
    linkWarm: median(linkRuns),
    mentions: result.mentions.length,
    linked: linked.length,
  };
}
