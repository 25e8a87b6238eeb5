import type { Settings } from '../../settings/settings-schema';
import type { TranslationProvider } from '../provider';
import type { ConcreteProviderId } from '../provider-ids';
import { createChromeBuiltinProvider, type BuiltinGlobals } from './chrome-builtin';
import { createDeeplProvider } from './deepl';
import { createGoogleProvider } from './google';
import { createLibreTranslateProvider, LIBRETRANSLATE_DEFAULT_URL } from './libretranslate';
import { createMicrosoftProvider } from './microsoft';
import { createOpenAiProvider, OLLAMA_PRESET } from './openai';

export { PROVIDER_LABELS } from './labels';
export { builtinAvailability } from './chrome-builtin';
export { OLLAMA_PRESET } from './openai';

export interface ProviderHooks {
  /** Replaces the global fetch (tests, or a fetch bound to another context). */
  fetch?: typeof fetch;
  /** On-device model download progress, 0..1. */
  onDownloadProgress?: (loaded: number) => void;
  /** Replaces the `Translator` global (tests). */
  globals?: BuiltinGlobals;
}

/** Builds the provider `id` from the reader's settings; missing URLs fall back to each engine's usual address. */
export function createProvider(
  id: ConcreteProviderId,
  settings: Settings,
  hooks: ProviderHooks = {},
): TranslationProvider {
  const options = settings.providers;
  const { fetch } = hooks;
  switch (id) {
    case 'chrome-builtin':
      return createChromeBuiltinProvider({ onDownloadProgress: hooks.onDownloadProgress, globals: hooks.globals });
    case 'google':
      return createGoogleProvider({ baseUrl: options.google?.url || undefined, fetch });
    case 'microsoft':
      return createMicrosoftProvider({
        apiKey: options.microsoft?.apiKey || undefined,
        region: options.microsoft?.region || undefined,
        authUrl: options.microsoft?.authUrl || undefined,
        apiUrl: options.microsoft?.apiUrl || undefined,
        fetch,
      });
    case 'deepl':
      // Without a key the provider still exists and says so on first use, so the popup can show that message.
      return createDeeplProvider({
        apiKey: options.deepl?.apiKey ?? '',
        baseUrl: options.deepl?.url || undefined,
        fetch,
      });
    case 'libretranslate':
      return createLibreTranslateProvider({
        url: options.libretranslate?.url || LIBRETRANSLATE_DEFAULT_URL,
        apiKey: options.libretranslate?.apiKey || undefined,
        fetch,
      });
    case 'openai':
      return createOpenAiProvider({
        url: options.openai?.url || OLLAMA_PRESET.url,
        model: options.openai?.model || OLLAMA_PRESET.model,
        apiKey: options.openai?.apiKey || undefined,
        fetch,
      });
  }
}
