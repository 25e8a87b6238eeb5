import type { EntityResult, Mention } from '../../entities/types';
import type { Block } from '../../extract/types';

export interface EntitiesInput {
  blocks: Block[];
  sourceLang: string;
  targetLang: string;
  /** Translated text by block id; `undefined` when the article is read in its own language. */
  translations?: Readonly<Record<string, string | undefined>>;
}

export interface FoundEntities {
  entities: EntityResult;
  /** The same entities' mentions in the original, to highlight it too. */
  sourceMentions: Mention[];
}

/**
 * Entities of the text the reader reads: the translation when there is one, else the original. The recogniser is not
 * part of the first paint: it is loaded here, or earlier by `RecogniseAhead` while the translation is on its way.
 */
export async function findEntities(input: EntitiesInput, signal: AbortSignal): Promise<FoundEntities | undefined> {
  const { recognizeEntities, linkToSource, projectEntities, projectedCandidates, hasOwnRecogniser, sourceNamesHelp } =
    await import('./entities-chunk');
  performance.mark('tarjuma:entities-loaded');
  if (signal.aborted) return undefined;
  const { blocks, sourceLang, targetLang, translations } = input;
  if (!translations) {
    const entities = recognizeEntities(blocks, sourceLang);
    return { entities, sourceMentions: entities.mentions };
  }
  const translated = blocks.flatMap((block) => {
    const text = translations[block.id];
    return text === undefined ? [] : [{ id: block.id, kind: block.kind, text }];
  });
  // Into a language with no recogniser of its own (Persian), the source's entities are found again in the translation.
  if (!hasOwnRecogniser(targetLang) && hasOwnRecogniser(sourceLang)) {
    const projected = projectEntities(blocks, sourceLang, translated, targetLang);
    if (projected.entities.mentions.length > 0) return projected;
  }
  // Into Urdu from English, the names the source's capitals show help the translation's recogniser.
  const hints = sourceNamesHelp(sourceLang, targetLang)
    ? projectedCandidates(blocks, sourceLang, translated, targetLang)
    : undefined;
  const entities = recognizeEntities(translated, targetLang, { hints });
  return { entities, sourceMentions: linkToSource(entities, blocks, sourceLang, targetLang) };
}
