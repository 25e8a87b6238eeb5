import { NAME_TYPES, type Candidate, type EntityType, type TextBlock } from './types';

/**
 * One name, one type in an article: where the same words are tagged a person in one paragraph and a place in another
 * ("Musharraf"), every mention takes the type most of them have (on a tie, the type of the most trusted mention, then
 * of the first), so the reader gets one chip, not two.
 */
export function agreeTypes(perBlock: Candidate[][], blocks: TextBlock[]): Candidate[][] {
  const votes = new Map<string, Map<EntityType, { count: number; priority: number; first: number }>>();
  let order = 0;
  perBlock.forEach((candidates, b) => {
    for (const c of candidates) {
      if (!NAME_TYPES.has(c.type)) continue;
      const text = blocks[b]!.text.slice(c.start, c.end);
      const byType = votes.get(text) ?? new Map();
      const vote = byType.get(c.type) ?? { count: 0, priority: c.priority, first: order++ };
      vote.count++;
      vote.priority = Math.max(vote.priority, c.priority);
      byType.set(c.type, vote);
      votes.set(text, byType);
    }
  });
  const chosen = new Map<string, EntityType>();
  for (const [text, byType] of votes) {
    if (byType.size < 2) continue;
    const [best] = [...byType].sort(
      ([, a], [, b]) => b.count - a.count || b.priority - a.priority || a.first - b.first,
    );
    chosen.set(text, best![0]);
  }
  if (chosen.size === 0) return perBlock;
  return perBlock.map((candidates, b) =>
    candidates.map((c) => {
      const type = NAME_TYPES.has(c.type) ? chosen.get(blocks[b]!.text.slice(c.start, c.end)) : undefined;
      return type && type !== c.type ? { ...c, type } : c;
    }),
  );
}
