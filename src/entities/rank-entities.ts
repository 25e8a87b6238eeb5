import type { EntityType } from './types';

// People and organisations are what a reader scans for; dates and numbers matter less as chips than in the text.
const TYPE_WEIGHT: Record<EntityType, number> = {
  person: 1.3,
  organization: 1.2,
  place: 1,
  other: 0.9,
  date: 0.5,
  number: 0.4,
};

export const KEY_ENTITY_COUNT = 8;

export interface BlockPlace {
  kind?: string;
  index: number;
}

/** Weight of appearing in a block: the headline and the standfirst say what the story is about, then the lead. */
export function prominence(blocks: BlockPlace[], leadIndex: number): number {
  let bonus = 0;
  for (const block of new Set(
    blocks.map((b) => (b.kind ?? (b.index === 0 ? 'title' : b.index === 1 ? 'subtitle' : '')) + b.index),
  )) {
    if (block.startsWith('title')) bonus = Math.max(bonus, 3);
    else if (block.startsWith('subtitle')) bonus = Math.max(bonus, 2);
  }
  if (blocks.some((b) => b.index === leadIndex)) bonus += 1;
  return bonus;
}

export function entityScore(type: EntityType, mentions: number, blockPlaces: BlockPlace[], leadIndex: number): number {
  return Math.round((mentions + prominence(blockPlaces, leadIndex)) * TYPE_WEIGHT[type] * 100) / 100;
}

/** Index of the lead paragraph: the first paragraph block, or the first block after title and subtitle. */
export function leadIndex(blocks: { kind?: string }[]): number {
  const paragraph = blocks.findIndex((b) => b.kind === 'paragraph');
  if (paragraph >= 0) return paragraph;
  return blocks.some((b) => b.kind) ? 0 : Math.min(2, blocks.length - 1);
}
