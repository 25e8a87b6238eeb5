import { hasConsent, type Settings } from '../../settings/settings-schema';
import type { TranslationProvider } from '../provider';
import type { CloudProviderId, ConcreteProviderId } from '../provider-ids';

export type BuiltinAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface ProviderDeps {
  /** `Translator.availability` for the pair; throws or says `unavailable` where there is no on-device translator. */
  builtinAvailability: (from: string, to: string) => Promise<BuiltinAvailability>;
  createProvider: (id: ConcreteProviderId, settings: Settings) => TranslationProvider;
}

export interface ProviderChoice {
  provider: TranslationProvider;
  fallback?: TranslationProvider;
  /** Cloud providers in this choice the reader has not agreed to send text to: ask before translating. */
  needsConsent: CloudProviderId[];
  /** For `chrome-builtin`: whether a model must be downloaded first (which needs a click). */
  builtin?: BuiltinAvailability;
}

async function availability(deps: ProviderDeps, from: string, to: string): Promise<BuiltinAvailability> {
  // The on-device translator needs a known source language.
  if (!from || from === 'auto') return 'unavailable';
  try {
    return await deps.builtinAvailability(from, to);
  } catch {
    return 'unavailable'; // No Translator API here (Firefox, the service worker, older Chrome).
  }
}

function missingConsent(settings: Settings, providers: (TranslationProvider | undefined)[]): CloudProviderId[] {
  return providers
    .map((provider) => provider?.id)
    .filter((id): id is CloudProviderId => id !== undefined && id !== 'chrome-builtin' && !hasConsent(settings, id));
}

/**
 * Which engine translates this pair. `auto`: on-device when the browser has (or can download) a model for the pair —
 * nothing leaves the machine — else Google with Microsoft as fallback. An explicit choice is used alone: a reader who
 * picked a provider did not agree to their text going elsewhere.
 */
export async function chooseProvider(
  settings: Settings,
  pair: { from: string; to: string },
  deps: ProviderDeps,
): Promise<ProviderChoice> {
  if (settings.provider !== 'auto') {
    const provider = deps.createProvider(settings.provider, settings);
    const builtin = settings.provider === 'chrome-builtin' ? await availability(deps, pair.from, pair.to) : undefined;
    return { provider, needsConsent: missingConsent(settings, [provider]), ...(builtin ? { builtin } : {}) };
  }
  const builtin = await availability(deps, pair.from, pair.to);
  if (builtin !== 'unavailable') {
    return { provider: deps.createProvider('chrome-builtin', settings), needsConsent: [], builtin };
  }
  const provider = deps.createProvider('google', settings);
  const fallback = deps.createProvider('microsoft', settings);
  return { provider, fallback, needsConsent: missingConsent(settings, [provider, fallback]) };
}
