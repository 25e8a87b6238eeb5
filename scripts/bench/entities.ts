// Prints what a reader waits for: module load, first call (which decodes the tagger's weights) and warm median of
// recognition and linking on the seed (14 paragraphs); the size of the tagger and of the built entity chunk; and the
// recogniser's quality on the public NER sets (exact span and type, per type and micro): English with names from the
// rules alone, the model alone and both, Urdu as shipped. Part of `npm run bench` (each run a fresh process, so
// "first" is really first); `npx tsx scripts/bench/entities.ts` runs this part alone.
// CPU time is printed beside wall time because on a shared machine wall time mostly measures the neighbours.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadFixture } from '../../tests/unit/entities/score-against-gold';
import { evaluateRecogniser } from '../entities/evaluate-ner';
import { NER_DIR } from '../entities/ner-data';
import { formatTable } from '../entities/score-spans';

const CHUNKS = fileURLToPath(new URL('../../.output/chrome-mv3/chunks', import.meta.url));
const WEIGHTS = ['tagger-weights.ts', 'urdu-tagger-weights.ts'].map((file) =>
  fileURLToPath(new URL(`../../src/entities/model/${file}`, import.meta.url)),
);
// A weight file starts with "TJNR", which is how its base64 starts.
const MODEL_MARK = 'VEpOUg';

/** The taggers' bytes, the modules that carry them, and the built lazy chunk holding the entity code and weights. */
function sizes() {
  const models = WEIGHTS.map((path) => {
    const base64 = /'([A-Za-z0-9+/=]{100,})'/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    return {
      module: path.split('/').pop(),
      bytes: Buffer.from(base64, 'base64').length,
      moduleBytes: statSync(path).size,
    };
  });
  const read = (f: string) => readFileSync(join(CHUNKS, f), 'utf8');
  const built = existsSync(CHUNKS)
    ? readdirSync(CHUNKS)
        .filter((f) => f.endsWith('.js') && (f.startsWith('entities-chunk') || read(f).includes(MODEL_MARK)))
        .map((f) => ({ file: f, bytes: statSync(join(CHUNKS, f)).size }))
    : 'run `npm run build` first';
  const total = Array.isArray(built) ? built.reduce((sum, c) => sum + c.bytes, 0) : undefined;
  return { target: 'asset + code ≤ 1 MB', models, entityChunks: built, entityChunksBytes: total };
}

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

/** `quality: false` skips the NER sets (a few seconds), for the unit test that prints the timings. */
export async function benchEntities(runs = 15, { quality: withQuality = true } = {}) {
  const seed = loadFixture('seed-iran-russia.json');
  const targets = seed.blocks.map((b) => ({ id: b.id, text: b.target, kind: b.kind }));
  const sources = seed.blocks.map((b) => ({ id: b.id, text: b.source }));
  const [[{ recognizeEntities }, { linkToSource }, { forgetRecognisedBlocks, recogniseAhead }], load] = await timed(
    () =>
      Promise.all([
        import('../../src/entities/recognize-entities'),
        import('../../src/entities/link/link-to-source'),
        import('../../src/entities/block-candidates'),
      ]),
  );
  const [result, recognizeFirst] = await timed(() => recognizeEntities(targets, 'en'));
  const [linked, linkFirst] = await timed(() => linkToSource(result, sources, 'ur', 'en'));
  const recognizeRuns: Timing[] = [];
  const linkRuns: Timing[] = [];
  const aheadRuns: Timing[] = [];
  const afterAheadRuns: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    // Warm code on text it has not seen: nothing remembered from the last run.
    forgetRecognisedBlocks();
    recognizeRuns.push((await timed(() => recognizeEntities(targets, 'en')))[1]);
    linkRuns.push((await timed(() => linkToSource(result, sources, 'ur', 'en')))[1]);
    // As in the popup: each block recognised as its translation arrives, the source paragraphs while waiting; what is
    // left for the end is the article-wide part and the pairing.
    forgetRecognisedBlocks();
    aheadRuns.push(
      (
        await timed(() => {
          for (const block of sources) recogniseAhead(block.text, 'ur');
          for (const block of targets) recogniseAhead(block.text, 'en');
        })
      )[1],
    );
    afterAheadRuns.push((await timed(() => linkToSource(recognizeEntities(targets, 'en'), sources, 'ur', 'en')))[1]);
  }
  // The NER sets live beside the repository (../shared/data/ner), not in it.
  const quality =
    withQuality && existsSync(NER_DIR)
      ? await evaluateRecogniser(['uner-en.dev', 'gmb-en.dev', 'ilner-ur.test', 'ilner-ur.dev'])
      : {};
  return {
    target: 'warm recognition ≤ 20 ms for 14 paragraphs, first use ≤ 150 ms',
    sizes: sizes(),
    quality: Object.fromEntries(Object.entries(quality).map(([set, table]) => [set, formatTable(table)])),
    load,
    recognizeFirst,
    recognizeWarm: median(recognizeRuns),
    linkFirst,
    linkWarm: median(linkRuns),
    blocksAheadWarm: median(aheadRuns),
    recognizeAndLinkAfterAheadWarm: median(afterAheadRuns),
    mentions: result.mentions.length,
    linked: linked.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchEntities(), null, 2));
