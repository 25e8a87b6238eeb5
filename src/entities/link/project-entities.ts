import { linkToSource } from './link-to-source';
import { recognizeEntities } from '../recognize-entities';
import { PRIORITY } from '../priorities';
import { NAME_TYPES, type Candidate, type EntityResult, type Mention, type TextBlock } from '../types';

/**
 * For a translation into a language with no recogniser of its own (Persian, Arabic…) from one that has one: the
 * source's entities, found again in the translation (place keys, skeletons of names, numbers), named as the
 * translation writes them. Entities not found in the translation are left out.
 */
export function projectEntities(
  sourceBlocks: TextBlock[],
  sourceLang: string,
  translatedBlocks: { id: string; text: string }[],
  targetLang: string,
): { entities: EntityResult; sourceMentions: Mention[] } {
  const source = recognizeEntities(sourceBlocks, sourceLang);
  const mentions = linkToSource(source, translatedBlocks, targetLang, sourceLang);
  const forms = new Map<string, string[]>();
  for (const m of mentions) forms.set(m.entityId, [...(forms.get(m.entityId) ?? []), m.text]);
  const entities = source.entities.flatMap((entity) => {
    const found = forms.get(entity.id);
    if (!found) return [];
    const name = found.reduce((best, form) => (form.length > best.length ? form : best), found[0]!);
    return [{ ...entity, name, aliases: [...new Set(found)].sort(), mentions: found.length }];
  });
  return {
    entities: { entities, mentions },
    sourceMentions: source.mentions.filter((m) => forms.has(m.entityId)),
  };
}

/**
 * For a translation into a script without capitals (Urdu) from one with them (English): the source's names found again
 * in the translation, as candidates by block id for the translation's own recogniser, which finds few names there that
 * no title or lexicon announces ("عاصم منیر نے" after "Asim Munir chaired").
 */
export function projectedCandidates(
  sourceBlocks: TextBlock[],
  sourceLang: string,
  translatedBlocks: { id: string; text: string }[],
  targetLang: string,
): Map<string, Candidate[]> {
  const { entities } = projectEntities(sourceBlocks, sourceLang, translatedBlocks, targetLang);
  const byBlock = new Map<string, Candidate[]>();
  for (const m of entities.mentions) {
    if (!NAME_TYPES.has(m.type)) continue;
    const candidate: Candidate = { start: m.start, end: m.end, type: m.type, priority: PRIORITY.knownName };
    byBlock.set(m.blockId, [...(byBlock.get(m.blockId) ?? []), candidate]);
  }
  return byBlock;
}
