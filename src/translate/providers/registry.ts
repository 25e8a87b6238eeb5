import type { ProviderDescriptor, ProviderHooks } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { chromeBuiltin } from './chrome-builtin';
import { deepl } from './deepl';
import { google } from './google';
import { libretranslate } from './libretranslate';
import { microsoft } from './microsoft';
import { openai } from './openai';

/**
 * Every provider, in the order the options page lists them. A new provider is its file, one line here, and its strings
 * in public/_locales: ids, labels, origins, consent and the options form all come from this list.
 */
export const PROVIDERS = [chromeBuiltin, google, microsoft, deepl, libretranslate, openai] as const;

type Descriptor = (typeof PROVIDERS)[number];
export type ConcreteProviderId = Descriptor['id'];

/** Each provider's own options, as stored under `settings.providers`. */
export type ProviderOptions = {
  [D in Descriptor as D['id']]?: D extends ProviderDescriptor<string, infer Options> ? Partial<Options> : never;
};

const BY_ID = new Map<string, ProviderDescriptor>(PROVIDERS.map((d) => [d.id, d]));

export function descriptorOf(id: ConcreteProviderId): ProviderDescriptor {
  const descriptor = BY_ID.get(id);
  if (!descriptor) throw new Error(`No provider ${id}`);
  return descriptor;
}

/** Builds the provider from the reader's options for it; missing URLs fall back to each engine's usual address. */
export function createProvider(
  id: ConcreteProviderId,
  options: ProviderOptions,
  hooks: ProviderHooks = {},
): TranslationProvider {
  return descriptorOf(id).create(options[id], hooks);
}
