import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** An interface string in the browser's UI language (English when the catalogue lacks one). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/**
 * A count in words with the interface language's plural rules (Intl): `one` takes the `…One` message where the
 * catalogue has one ("Translated 1 paragraph"), every other category the plain message.
 */
export function tCount(key: MessageKey, count: number, shown: string | number = count): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    // An unknown locale: the plain message.
  }
  const one = `${key}One` as MessageKey;
  if (category === 'one' && browser.i18n.getMessage(one)) return t(one, shown);
  return t(key, shown);
}

/**
 * The interface's language, as declared by the catalogue that supplies its strings (`ur`, `en`). The browser's own
 * answer can disagree: Chromium started with `--lang=ur` serves the Urdu catalogue while `getUILanguage()` says en-US.
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('uiLocale') || browser.i18n.getUILanguage();
}

export function isRtlLanguage(lang: string | undefined): boolean {
  return !!lang && RTL_LANGUAGES.has(lang.split(/[-_]/)[0]!.toLowerCase());
}

/** The direction the catalogue in use declares, so layout and words can never disagree. */
export function uiDirection(): 'rtl' | 'ltr' {
  const declared = browser.i18n.getMessage('uiDir');
  if (declared === 'rtl' || declared === 'ltr') return declared;
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

/**
 * A measured time or a wait in words and the interface's digits, with Intl's plurals: "240 ms", "20 seconds".
 * `seconds`: a wait the reader counts down, never said in milliseconds.
 */
export function formatDuration(ms: number, locale: string = uiLanguage(), unit: 'auto' | 'seconds' = 'auto'): string {
  const seconds = unit === 'seconds' || ms >= 1000;
  const value = seconds ? Math.max(1, Math.ceil(ms / 1000)) : Math.max(0, Math.round(ms));
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: seconds ? 'second' : 'millisecond',
      unitDisplay: seconds ? 'long' : 'short',
    }).format(value);
  } catch {
    return `${value} ${seconds ? 's' : 'ms'}`;
  }
}

/** A wait, in whole seconds (at least one). */
export const formatWait = (ms: number, locale: string = uiLanguage()): string => formatDuration(ms, locale, 'seconds');
