import type { ConcreteProviderId } from '../provider-ids';

/** Names a reader recognises; every error message starts with one of them. */
export const PROVIDER_LABELS: Record<ConcreteProviderId, string> = {
  'chrome-builtin': 'Chrome on-device translator',
  google: 'Google Translate',
  microsoft: 'Microsoft Translator',
  deepl: 'DeepL',
  libretranslate: 'LibreTranslate',
  openai: 'AI model (OpenAI-compatible)',
};
