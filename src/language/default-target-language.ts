import { normalizeLanguageCode } from './normalize-language-code';

/**
 * The language a reader most likely wants to read in when they have not chosen one: the browser's UI language
 * (`browser.i18n.getUILanguage()`, passed in so this stays pure), reduced to a provider code. English when unknown.
 */
export function defaultTargetLanguage(uiLanguage: string | undefined): string {
  const code = normalizeLanguageCode(uiLanguage);
  return code === '' || code === 'auto' ? 'en' : code;
}
