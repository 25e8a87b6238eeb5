import { classifyArabicScript } from './classify-arabic-script';
import { countScripts, type ScriptCode } from './detect-script';
import { candidatesFor, FRANC_CANDIDATES } from './franc-candidates';
import type { francGuess } from './franc-guess';
import { normalizeLanguageCode } from './normalize-language-code';
import { SINGLE_LANGUAGE_SCRIPTS, chineseVariant } from './script-languages';
import { dirOf, type TextDirection } from './text-direction';

export type DetectionSource = 'script' | 'letters' | 'words' | 'franc' | 'browser' | 'markup' | 'none';

export interface DetectedLanguage {
  /** BCP 47 base code (`ur`, `zh-Hant`), or `und` when the text has no letters and no hint. */
  lang: string;
  /** 0..1 */
  confidence: number;
  /** ISO 15924 code of the dominant script. */
  script: string;
  dir: TextDirection;
  source: DetectionSource;
}

/** `chrome.i18n.detectLanguage` / `LanguageDetector`, adapted by the caller; `percentage` is 0..100. */
export type BrowserDetector = (text: string) => Promise<{ language: string; percentage: number }[] | null>;

export interface DetectionHints {
  /** The page's `<html lang>` or og:locale: used only when the text itself is not telling. */
  markup?: string;
  browser?: BrowserDetector;
}

/** Below this, a guess from the text gives way to a plausible hint. */
const WEAK = 0.5;

/**
 * The text's own evidence: script, then letters (Arabic script), then franc when it is given. Sync, no hints.
 * franc's trigram tables are 100 KB: the popup loads them only for scripts whose letters don't settle the language.
 */
export function guessFromText(text: string, franc?: typeof francGuess): DetectedLanguage {
  const { script, letters } = countScripts(text);
  const result = (lang: string, confidence: number, source: DetectionSource): DetectedLanguage => ({
    lang,
    confidence,
    script,
    dir: dirOf(lang),
    source,
  });
  if (script === 'Zyyy') return result('und', 0, 'none');
  if (script === 'Hani') return result(chineseVariant(text), 0.9, 'script');
  if (script === 'Hebr' && /[\u05f0-\u05f2]|\u05d0\u05b7/.test(text)) return result('yi', 0.9, 'letters');
  const single = SINGLE_LANGUAGE_SCRIPTS[script];
  if (single) return result(single, 0.95, 'script');
  if (script === 'Arab') {
    const guess = classifyArabicScript(text);
    if (guess) return result(guess.lang, guess.confidence, guess.evidence);
  }
  const statistical = franc?.(text, script, letters);
  if (statistical) return result(statistical.lang, statistical.confidence, 'franc');
  return result(defaultFor(script), 0.2, 'script');
}

function defaultFor(script: ScriptCode): string {
  return { Latn: 'en', Cyrl: 'ru', Arab: 'ar', Deva: 'hi' }[script as string] ?? 'und';
}

/** Enough of the article for every detector: whole blocks up to about 4,000 characters. */
function sample(texts: string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const text of texts) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    parts.push(trimmed);
    length += trimmed.length;
    if (length > 4000) break;
  }
  return parts.join('\n');
}

async function askBrowser(
  browser: BrowserDetector,
  text: string,
): Promise<{ lang: string; confidence: number } | undefined> {
  try {
    const answer = await browser(text);
    const top = answer?.[0];
    if (!top) return undefined;
    const lang = normalizeLanguageCode(top.language);
    return lang && lang !== 'auto' ? { lang, confidence: Math.min(1, Math.max(0, top.percentage / 100)) } : undefined;
  } catch {
    return undefined; // The browser's detector is optional; its failure must not fail detection.
  }
}

/**
 * The language an article is written in, from its text. Script first (most scripts mean one language), letter and
 * word evidence inside Arabic script (Urdu/Persian/Arabic/Pashto/Sindhi), franc for Latin, Cyrillic and Devanagari.
 * The browser's detector can overrule a weak franc guess; the markup's `lang` only fills in when the text says little.
 */
export async function detectLanguage(texts: string[], hints: DetectionHints = {}): Promise<DetectedLanguage> {
  const text = sample(texts);
  let best = guessFromText(text);
  if (best.source === 'script' && best.confidence < WEAK && FRANC_CANDIDATES[best.script as ScriptCode]) {
    best = guessFromText(text, (await import('./franc-guess')).francGuess);
  }
  const statistical = best.source === 'franc' || (best.source === 'script' && best.confidence < WEAK);
  if (hints.browser && statistical) {
    const browser = await askBrowser(hints.browser, text);
    if (browser?.lang === best.lang) {
      best = { ...best, confidence: Math.min(0.99, Math.max(best.confidence, browser.confidence) + 0.1) };
    } else if (browser && browser.confidence > best.confidence && plausible(browser.lang, best.script)) {
      best = {
        ...best,
        lang: browser.lang,
        confidence: browser.confidence,
        dir: dirOf(browser.lang),
        source: 'browser',
      };
    }
  }
  const markup = normalizeLanguageCode(hints.markup);
  if (markup && markup !== 'auto' && markup !== best.lang && best.confidence < WEAK) {
    if (best.lang === 'und' || plausible(markup, best.script)) {
      best = {
        ...best,
        lang: markup,
        confidence: Math.max(best.confidence, 0.3),
        dir: dirOf(markup),
        source: 'markup',
      };
    }
  }
  return best;
}

/** A hint is believable when its language is written in the script the text is in. */
function plausible(lang: string, script: string): boolean {
  if (candidatesFor(script as ScriptCode).includes(lang)) return true;
  // franc-min lacks many Latin-script languages (Danish, Finnish, Norwegian, Catalan…) a browser detector knows.
  if (script === 'Latn') return dirOf(lang) === 'ltr' && !Object.values(SINGLE_LANGUAGE_SCRIPTS).includes(lang);
  if (script === 'Arab') return ['ur', 'fa', 'ar', 'ps', 'sd', 'ug', 'ckb', 'ku'].includes(lang);
  return false;
}
