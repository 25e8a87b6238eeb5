import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** An interface string in the browser's UI language (English when the catalogue lacks one). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** The interface's language, e.g. `ur` or `en-GB`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function isRtlLanguage(lang: string | undefined): boolean {
  return !!lang && RTL_LANGUAGES.has(lang.split(/[-_]/)[0]!.toLowerCase());
}

export function uiDirection(): 'rtl' | 'ltr' {
  return isRtlLanguage(uiLanguage()) ? 'rtl' : 'ltr';
}

/** A language's name in the interface language: `ur` → "Urdu" (or "اردو" for an Urdu interface). */
export function languageName(code: string, locale: string = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(iso: string | undefined, locale: string = uiLanguage()): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number, locale: string = uiLanguage()): string {
  return new Intl.NumberFormat(locale).format(value);
}
