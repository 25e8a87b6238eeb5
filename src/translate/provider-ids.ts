export const PROVIDER_IDS = [
  'auto',
  'chrome-builtin',
  'google',
  'microsoft',
  'deepl',
  'libretranslate',
  'openai',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];
export type ConcreteProviderId = Exclude<ProviderId, 'auto'>;
export type CloudProviderId = Exclude<ProviderId, 'auto' | 'chrome-builtin'>;
export const CLOUD_PROVIDER_IDS: readonly CloudProviderId[] = [
  'google',
  'microsoft',
  'deepl',
  'libretranslate',
  'openai',
];
