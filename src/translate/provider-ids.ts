import { PROVIDERS, type ConcreteProviderId } from './providers/registry';

export type { ConcreteProviderId };
export type ProviderId = 'auto' | ConcreteProviderId;
/** Providers that send text somewhere: they need the reader's consent and a host permission. */
export type CloudProviderId = Exclude<ConcreteProviderId, 'chrome-builtin'>;

export const PROVIDER_IDS: readonly ProviderId[] = ['auto', ...PROVIDERS.map((d) => d.id)];
export const CLOUD_PROVIDER_IDS = PROVIDERS.filter((d) => !d.onDevice).map((d) => d.id) as CloudProviderId[];

/** Every origin any provider might need: the manifest's optional host permissions. */
export const MANIFEST_ORIGINS: readonly string[] = [...new Set(PROVIDERS.flatMap((d) => d.manifestOrigins))];
