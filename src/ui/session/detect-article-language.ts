import type { Article } from '../../extract/types';
import { detectLanguage } from '../../language/detect-language';
import { browser } from 'wxt/browser';

/** CLD3 in the browser (offline), as a second opinion for scripts the letter rules can't settle. */
async function browserDetector(text: string): Promise<{ language: string; percentage: number }[] | null> {
  try {
    const result = await browser.i18n.detectLanguage(text);
    return result.isReliable ? result.languages : null;
  } catch {
    return null;
  }
}

/** The article's language from its own text; the markup's `lang` is only a hint, and often wrong. */
export async function detectArticleLanguage(article: Article): Promise<{ lang: string; dir: 'rtl' | 'ltr' }> {
  const texts = article.blocks.slice(0, 12).map((block) => block.text);
  const detected = await detectLanguage(texts, { markup: article.lang, browser: browserDetector });
  return { lang: detected.lang, dir: detected.dir };
}
