import { countScripts } from './detect-script';
import { guessFromText } from './detect-language';
import { dirOf, type TextDirection } from './text-direction';

/**
 * Fast, synchronous language of one block (for its `lang`/`dir` attributes). A block in the article's own script
 * takes the article's language: a short paragraph says less than the whole article. A block in another script (an
 * English quote in an Urdu article) is detected on its own.
 */
export function detectBlockLanguage(
  text: string,
  article?: { lang: string; script: string },
): { lang: string; dir: TextDirection; script: string } {
  const { script } = countScripts(text, 2000);
  if (script === 'Zyyy') {
    const lang = article?.lang ?? 'und';
    return { lang, dir: dirOf(lang), script };
  }
  if (article && article.script === script) return { lang: article.lang, dir: dirOf(article.lang), script };
  const guess = guessFromText(text);
  return { lang: guess.lang, dir: guess.dir, script: guess.script };
}
