import { findInSource } from './find-in-source';
import { spansMatch } from './match-keys';
import { pickNonOverlapping } from '../pick-non-overlapping';
import { recognizeEntities } from '../recognize-entities';
import type { Candidate, EntityResult, EntityType, Mention } from '../types';

type Linked = Candidate & { entityId: string };

/**
 * Finds, for every entity mentioned in a translated block, its spans in the source block with the same id: the source
 * text is run through the recogniser of its own language and its spans are paired with the translation's by place key
 * (ICU region names + paired city list), calendar fields, numeric value or consonant skeleton of the name; when the
 * source-side recogniser missed one, the source text is searched directly. Returned mentions carry the translation's
 * entity ids, sorted by source block then start, never overlapping.
 */
export function linkToSource(
  result: EntityResult,
  sourceBlocks: { id: string; text: string }[],
  sourceLang: string,
  targetLang: string,
): Mention[] {
  const sourceResult = recognizeEntities(sourceBlocks, sourceLang);
  const out: Mention[] = [];
  for (const block of sourceBlocks) {
    const targets = result.mentions.filter((m) => m.blockId === block.id);
    if (targets.length === 0) continue;
    const sources = sourceResult.mentions.filter((m) => m.blockId === block.id);
    const linked: Linked[] = [];
    const byEntity = new Map<string, { type: EntityType; texts: Set<string> }>();
    for (const m of targets) {
      const entry = byEntity.get(m.entityId) ?? { type: m.type, texts: new Set<string>() };
      entry.texts.add(m.text);
      byEntity.set(m.entityId, entry);
    }
    let order = byEntity.size;
    for (const [entityId, { type, texts }] of byEntity) {
      // Earlier entities in the translation win overlaps; names beat numbers inside them.
      const priority = order-- + (type === 'number' ? 0 : 1000);
      const matches = (text: string, sourceType: EntityType) =>
        [...texts].some((t) => spansMatch(type, t, targetLang, text, sourceLang, sourceType));
      let found = sources.filter((s) => matches(s.text, s.type)).map((s) => ({ start: s.start, end: s.end }));
      if (found.length === 0) {
        found = [...texts].flatMap((t) => findInSource(type, t, targetLang, block.text, sourceLang));
      }
      for (const span of found) linked.push({ ...span, type, priority, entityId });
    }
    for (const span of pickNonOverlapping(linked)) {
      out.push({
        blockId: block.id,
        start: span.start,
        end: span.end,
        entityId: span.entityId,
        type: span.type,
        text: block.text.slice(span.start, span.end),
      });
    }
  }
  return out;
}
