import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, round } from './stats';

/** Entity recognition on the seed's English translation, after the module is loaded and warm. */
export async function benchEntities() {
  const loadStart = performance.now();
  const { recognizeEntities } = await import('../../src/entities/recognize-entities');
  const loadMs = performance.now() - loadStart;
  const text = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/seed/article.en.txt'), 'utf8');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const blocks = [lines[0]!, lines[1]!, ...lines.slice(3, 15)].map((t, i) => ({ id: `b${i}`, text: t }));
  const firstStart = performance.now();
  const result = recognizeEntities(blocks, 'en');
  const firstMs = performance.now() - firstStart;
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    recognizeEntities(blocks, 'en');
    runs.push(performance.now() - start);
  }
  return {
    moduleLoadMs: round(loadMs),
    firstCallMs: round(firstMs),
    warmMedianMs: round(median(runs)),
    entities: result.entities.length,
    mentions: result.mentions.length,
    target: 'warm ≤ 50 ms',
  };
}
