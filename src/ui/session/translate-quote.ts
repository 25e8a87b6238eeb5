import type { CommentState } from '../../extract/types';
import { detectBlockLanguage } from '../../language/detect-block-language';
import { sameLanguage } from '../../language/normalize-language-code';
import type { TranslationProvider } from '../../translate/provider';
import type { TranslationCache } from '../../cache/translation-cache';
import { translateBlocks } from '../../translate/router/translate-blocks';

/**
 * The page's own words about its comments ("تبصرے بند ہیں۔"), translated for the notice when they are in another
 * language than the reader's. Goes through the same router, so it is cached like any paragraph.
 */
export async function translateQuote(
  comments: CommentState | null,
  to: string,
  provider: TranslationProvider,
  cache: TranslationCache | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  const evidence = comments?.evidence?.find((e) => e.text);
  if (!evidence?.text || (comments?.state !== 'closed' && comments?.state !== 'restricted')) return undefined;
  const from = evidence.lang ?? detectBlockLanguage(evidence.text).lang;
  if (sameLanguage(from, to) || from === 'und') return undefined;
  let text: string | undefined;
  await translateBlocks({
    blocks: [{ id: 'comments-quote', text: evidence.text }],
    from,
    to,
    provider,
    cache,
    signal,
    onBlock: (event) => {
      if (event.state === 'done') text = event.text;
    },
  });
  return text;
}
