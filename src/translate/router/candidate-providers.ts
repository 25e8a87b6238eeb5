import type { Settings } from '../../settings/settings-schema';
import type { CloudProviderId, ConcreteProviderId } from '../provider-ids';

/** `auto`'s cloud services, in order: the first that has not changed translates, the next is its fallback. */
export const AUTO_CLOUD: readonly CloudProviderId[] = ['google', 'microsoft'];

/**
 * Every provider `chooseProvider` may answer with, or fall back to, for these settings: what the cache and the
 * browser's permissions can be asked about before the choice is made.
 */
export function candidateProviders(settings: Settings): ConcreteProviderId[] {
  return settings.provider === 'auto' ? ['chrome-builtin', ...AUTO_CLOUD] : [settings.provider];
}

/** The candidates that send text somewhere (see `CloudProviderId`). */
export function cloudCandidates(settings: Settings): CloudProviderId[] {
  return candidateProviders(settings).filter((id): id is CloudProviderId => id !== 'chrome-builtin');
}
