import type { MessageKey } from '../ui/i18n';
import type { BuiltinGlobals } from './providers/chrome-builtin';
import type { TranslationProvider } from './provider';

/** One thing the reader fills in for a provider, in the options page. */
export interface OptionField {
  /** Its key in the provider's options object (`settings.providers[id][key]`). */
  key: string;
  label: MessageKey;
  type: 'url' | 'password' | 'text';
  placeholder?: string;
}

export interface ProviderHooks {
  /** Replaces the global fetch (tests, or a fetch bound to another context). */
  fetch?: typeof fetch;
  /** On-device model download progress, 0..1. */
  onDownloadProgress?: (loaded: number) => void;
  /** Replaces the `Translator` global (tests). */
  globals?: BuiltinGlobals;
}

/**
 * Everything Tarjuma knows about one provider, in its own file: the id list, labels, origins, consent rule and options
 * form are all derived from the list of descriptors (`providers/registry.ts`).
 */
export interface ProviderDescriptor<Id extends string = string, Options extends object = object> {
  readonly id: Id;
  /** The name readers know, from the catalogue. */
  readonly label: MessageKey;
  /** Runs inside the browser: nothing is sent anywhere, so no consent and no origins. */
  readonly onDevice?: boolean;
  /** A server address the reader typed in counts as consent to send text there (a self-hosted server). */
  readonly addressIsConsent?: boolean;
  readonly fields: readonly OptionField[];
  /** Every origin it might need: the manifest's optional host permissions. */
  readonly manifestOrigins: readonly string[];
  /** The origins text goes to with these options: asked for as host permissions when the reader chooses it. */
  origins(options: Options | undefined): string[];
  create(options: Options | undefined, hooks: ProviderHooks): TranslationProvider;
}

/** Keeps the descriptor's literal id, so the id list can be derived from the descriptors. */
export function defineProvider<const Id extends string, Options extends object>(
  descriptor: ProviderDescriptor<Id, Options>,
): ProviderDescriptor<Id, Options> {
  return descriptor;
}
