import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType, Mention } from '../../../src/entities/types';

export interface GoldFixture {
  about: string;
  targetLang: string;
  sourceLang: string;
  blocks: { id: string; kind: string; target: string; source: string }[];
  gold: Record<string, [string, EntityType][]>;
  links?: Record<string, string[]>;
}

export function loadFixture(name: string): GoldFixture {
  const url = new URL(`../../fixtures/entities/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as GoldFixture;
}

export interface GoldSpan {
  blockId: string;
  start: number;
  end: number;
  type: EntityType;
}

/** Gold mentions are listed in reading order; each is found after the previous one in its block. */
export function goldSpans(fixture: GoldFixture): GoldSpan[] {
  const spans: GoldSpan[] = [];
  for (const block of fixture.blocks) {
    let from = 0;
    for (const [text, type] of fixture.gold[block.id] ?? []) {
      const start = block.target.indexOf(text, from);
      if (start < 0) throw new Error(`gold "${text}" not found in ${block.id} after ${from}`);
      spans.push({ blockId: block.id, start, end: start + text.length, type });
      from = start + text.length;
    }
  }
  return spans;
}

/** Mention-level scores: a prediction counts only with exactly the gold span and type. */
export function score(
  predicted: Mention[],
  gold: GoldSpan[],
): { tp: number; fp: number; fn: number; missed: string[]; wrong: string[] } {
  const key = (m: { blockId: string; start: number; end: number; type: string }) =>
    `${m.blockId}:${m.start}:${m.end}:${m.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const wrong = predicted.filter((m) => !goldKeys.has(key(m))).map((m) => `${m.blockId} ${m.type} "${m.text}"`);
  const missed = gold
    .filter((g) => !predictedKeys.has(key(g)))
    .map((g) => `${g.blockId} ${g.type} @${g.start}-${g.end}`);
  return { tp: predicted.length - wrong.length, fp: wrong.length, fn: missed.length, missed, wrong };
}
