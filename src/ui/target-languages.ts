/** Languages offered in the target switcher: the widely read ones every cloud provider translates into. */
export const TARGET_LANGUAGES = [
  'en', 'ur', 'ar', 'fa', 'hi', 'bn', 'pa', 'ps', 'tr', 'id', 'ms', 'zh', 'zh-Hant', 'ja', 'ko', 'ru', 'uk', 'de',
  'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'el', 'he', 'sw', 'vi', 'th',
] as const;
