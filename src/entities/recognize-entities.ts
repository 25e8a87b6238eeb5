import { agreeTypes } from './agree-types';
import { blockCandidates } from './block-candidates';
import { listSiblings } from './generic/list-siblings';
import { inProse } from './generic/outside-prose';
import type { NameSource } from './en/find-english-entities';
import { mergeAliases, mentionForm } from './merge-aliases';
import { pickNonOverlapping } from './pick-non-overlapping';
import { propagateNames } from './propagate-names';
import { entityScore, KEY_ENTITY_COUNT, leadIndex } from './rank-entities';
import { recogniserFor } from './recognisers';
import { resolveTentative } from './resolve-tentative';
import type { Candidate, Entity, EntityResult, EntityType, Mention, TextBlock } from './types';

// Annotation guidelines (the gold files in tests/fixtures/entities follow them):
// - person: the name without role titles (President, Prime Minister, Crown Prince, Mr., spokesman, صدر، مسٹر…), but
//   with titles that are customarily part of the name (Sheikh, Prince, شیخ، شہزادہ): "Mr. Raisi" → "Raisi".
// - place: countries, cities, regions, landmarks; each side of "Israel-Gaza" separately. Demonyms (Iranian, روسی) are
//   not places.
// - organization: without a leading "the"; news outlets, parties, alliances (OPEC+, BRICS), "the Kremlin".
// - other: products and events with codes (A340, COP28).
// - date / number: see find-english-dates-numbers.ts.
function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Finds people, places, organisations, dates and numbers in translated blocks, merges aliases and ranks entities.
 * `options.names` is for measuring: English names from the rules alone or the tagger alone instead of both.
 * `options.hints` are more candidates by block id (the source's names found again in this translation), weighed with
 * the recogniser's own.
 */
export function recognizeEntities(
  blocks: TextBlock[],
  lang: string,
  options: { names?: NameSource; hints?: ReadonlyMap<string, Candidate[]> } = {},
): EntityResult {
  const recogniser = recogniserFor(lang);
  const names = options.names ?? 'combined';
  const perBlock = blocks.map((block) => {
    const found = [...blockCandidates(block.text, lang, names), ...(options.hints?.get(block.id) ?? [])];
    const picked = pickNonOverlapping(inProse(block.text, found));
    return recogniser.enumerations ? listSiblings(block.text, picked, recogniser.enumerations) : picked;
  });
  const tentativeResolved = resolveTentative(perBlock, blocks, lang);
  const kept = agreeTypes(propagateNames(tentativeResolved, blocks, recogniser.repeatForms), blocks);
  const raw: { blockIndex: number; candidate: Candidate; type: EntityType; text: string }[] = [];
  kept.forEach((candidates, blockIndex) => {
    for (const candidate of candidates) {
      const text = blocks[blockIndex]!.text.slice(candidate.start, candidate.end);
      raw.push({ blockIndex, candidate, type: candidate.type, text });
    }
  });
  const groups = mergeAliases(raw, lang);
  const lead = leadIndex(blocks);
  const used = new Set<string>();
  const entityOf = new Map<number, string>();
  const entities: Entity[] = groups.map((group) => {
    const forms = [...group.forms.keys()];
    const name = forms.reduce((best, form) => (form.length > best.length ? form : best), forms[0]!);
    let id = `${group.type}-${slug(name) || 'entity'}`;
    for (let n = 2; used.has(id); n++) id = `${group.type}-${slug(name)}-${n}`;
    used.add(id);
    for (const member of group.members) entityOf.set(member, id);
    const places = group.members.map((m) => ({ index: raw[m]!.blockIndex, kind: blocks[raw[m]!.blockIndex]!.kind }));
    const score = entityScore(group.type, group.members.length, places, lead);
    return { id, type: group.type, name, aliases: forms.sort(), mentions: group.members.length, score, key: false };
  });
  const firstSeen = new Map<string, number>();
  raw.forEach((_, i) => firstSeen.has(entityOf.get(i)!) || firstSeen.set(entityOf.get(i)!, i));
  entities.sort((a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
  entities.slice(0, KEY_ENTITY_COUNT).forEach((entity) => (entity.key = entity.score > 0));
  const mentions: Mention[] = raw.map((r, i) => ({
    blockId: blocks[r.blockIndex]!.id,
    start: r.candidate.start,
    end: r.candidate.end,
    entityId: entityOf.get(i)!,
    type: r.type,
    text: r.text,
  }));
  return { entities, mentions };
}

export { mentionForm };
export type { Entity, EntityResult, EntityType, Mention } from './types';
