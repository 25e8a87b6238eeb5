import type { Settings } from '../../settings/settings-schema';
import type { TranslationProvider } from '../provider';
import type { ConcreteProviderId } from '../provider-ids';
import { AUTO_CLOUD } from './candidate-providers';
import type { ChangedServices } from './changed-services';

export type BuiltinAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface ProviderDeps {
  /** `Translator.availability` for the pair; throws or says `unavailable` where there is no on-device translator. */
  builtinAvailability: (from: string, to: string) => Promise<BuiltinAvailability>;
  createProvider: (id: ConcreteProviderId, settings: Settings) => TranslationProvider;
  /** Free endpoints already found changed while this page is open: `auto` skips them. */
  changed?: ChangedServices;
}

export interface ProviderChoice {
  provider: TranslationProvider;
  fallback?: TranslationProvider;
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

/**
 * Which engine translates this pair. `auto`: on-device when the browser has (or can download) a model for the pair —
 * nothing leaves the machine — else Google with Microsoft as fallback, skipping a free service already found changed.
 * An explicit choice is used alone: a reader who picked a provider did not agree to their text going elsewhere.
 */
export async function chooseProvider(
  settings: Settings,
  pair: { from: string; to: string },
  deps: ProviderDeps,
): Promise<ProviderChoice> {
  if (settings.provider !== 'auto') {
    const provider = deps.createProvider(settings.provider, settings);
    const builtin = settings.provider === 'chrome-builtin' ? await availability(deps, pair.from, pair.to) : undefined;
    return { provider, ...(builtin ? { builtin } : {}) };
  }
  const builtin = await availability(deps, pair.from, pair.to);
  if (builtin !== 'unavailable') return { provider: deps.createProvider('chrome-builtin', settings), builtin };
  const alive = AUTO_CLOUD.filter((id) => !deps.changed?.has(id));
  // Every free service changed: the first is still asked, so the reader sees why it fails.
  const [first = AUTO_CLOUD[0]!, second] = alive;
  const fallback = second ? deps.createProvider(second, settings) : undefined;
  return { provider: deps.createProvider(first, settings), ...(fallback ? { fallback } : {}) };
}
