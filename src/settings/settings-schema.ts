import { PROVIDER_IDS, type CloudProviderId, type ProviderId } from '../translate/provider-ids';
import type { ProviderOptions } from '../translate/providers/registry';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';

export type { ProviderOptions };
export { SETTINGS_VERSION };

export type DisplayMode = 'translation' | 'original' | 'side-by-side';

export interface SitePreference {
  targetLanguage?: string;
  display?: DisplayMode;
}

export interface Settings {
  version: number;
  /** BCP 47 base code the reader wants to read in. Empty = the browser's UI language. */
  targetLanguage: string;
  provider: ProviderId;
  providers: ProviderOptions;
  /** Cloud providers the reader agreed to send article text to. A configured URL counts as consent. */
  consent: Partial<Record<CloudProviderId, boolean>>;
  /** `openIn`: what the toolbar click opens; absent = the popup. */
  display: { mode: DisplayMode; fontScale: number; highlightEntities: boolean; openIn?: 'popup' | 'panel' };
  /** Source languages never to translate (the reader reads them). */
  neverTranslate: string[];
  /** Keyed by hostname. */
  sites: Record<string, SitePreference>;
  cache: { maxEntries: number };
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  targetLanguage: '',
  provider: 'auto',
  providers: {},
  consent: {},
  display: { mode: 'translation', fontScale: 1, highlightEntities: true },
  neverTranslate: [],
  sites: {},
  cache: { maxEntries: 5000 },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Fills whatever another tool (or an older version) wrote with defaults, dropping values of the wrong type, so a
 * partial object such as `{ targetLanguage: 'en', provider: 'libretranslate', providers: { libretranslate: { url } } }`
 * works as it is.
 */
export function normalizeSettings(raw: unknown): Settings {
  const input = migrateSettings(raw);
  const provider = PROVIDER_IDS.includes(input.provider as ProviderId) ? (input.provider as ProviderId) : 'auto';
  const providers = isRecord(input.providers) ? (input.providers as ProviderOptions) : {};
  const consent = isRecord(input.consent) ? (input.consent as Settings['consent']) : {};
  const display = isRecord(input.display) ? input.display : {};
  const cache = isRecord(input.cache) ? input.cache : {};
  const mode = ['translation', 'original', 'side-by-side'].includes(display.mode as string)
    ? (display.mode as DisplayMode)
    : DEFAULT_SETTINGS.display.mode;
  return {
    version: SETTINGS_VERSION,
    targetLanguage: typeof input.targetLanguage === 'string' ? input.targetLanguage : DEFAULT_SETTINGS.targetLanguage,
    provider,
    providers,
    consent,
    display: {
      mode,
      fontScale:
        typeof display.fontScale === 'number' && display.fontScale >= 0.75 && display.fontScale <= 2
          ? display.fontScale
          : DEFAULT_SETTINGS.display.fontScale,
      highlightEntities:
        typeof display.highlightEntities === 'boolean'
          ? display.highlightEntities
          : DEFAULT_SETTINGS.display.highlightEntities,
      ...(display.openIn === 'panel' ? { openIn: 'panel' as const } : {}),
    },
    neverTranslate: Array.isArray(input.neverTranslate)
      ? input.neverTranslate.filter((x): x is string => typeof x === 'string')
      : [],
    sites: isRecord(input.sites) ? (input.sites as Settings['sites']) : {},
    cache: {
      maxEntries:
        typeof cache.maxEntries === 'number' && cache.maxEntries > 0
          ? cache.maxEntries
          : DEFAULT_SETTINGS.cache.maxEntries,
    },
  };
}
