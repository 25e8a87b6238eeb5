import type { ArticleSession } from './article-session.svelte';
import type { TranslationState } from './translation-state.svelte';

/**
 * Entities of the text the reader reads: the translation when there is one, else the original. The recogniser (and
 * its NLP library) is loaded only now, after the article is on screen, to keep the popup's first paint small.
 */
export async function findEntities(
  session: ArticleSession,
  state: TranslationState,
  signal: AbortSignal,
): Promise<void> {
  const article = session.article;
  if (!article || session.settings?.display.highlightEntities === false) return;
  const { recognizeEntities, linkToSource } = await import('./entities-chunk');
  if (signal.aborted) return;
  if (state.skipped) {
    state.entities = recognizeEntities(article.blocks, session.sourceLang);
    state.sourceMentions = state.entities.mentions;
    return;
  }
  const translated = article.blocks.flatMap((block) => {
    const text = state.blocks[block.id]?.text;
    return text === undefined ? [] : [{ id: block.id, kind: block.kind, text }];
  });
  const result = recognizeEntities(translated, state.targetLang);
  state.entities = result;
  state.sourceMentions = linkToSource(result, article.blocks, session.sourceLang, state.targetLang);
}
