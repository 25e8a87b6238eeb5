import type { Settings } from '../../settings/settings-schema';
import type { TranslationProvider } from '../../translate/provider';
import type { ConcreteProviderId } from '../../translate/provider-ids';
import { accessGate } from '../../translate/provider-access';
import { builtinAvailability } from '../../translate/providers/chrome-builtin';
import { createProvider } from '../../translate/providers/registry';
import { createChangedServices } from '../../translate/router/changed-services';
import { chooseProvider } from '../../translate/router/choose-provider';

export type ProviderPlan =
  { kind: 'ready'; primary: TranslationProvider; fallback?: TranslationProvider } | { kind: 'download' };

/** Free services found changed while this page is open: `auto` moves past them for the page's lifetime. */
export const changedServices = createChangedServices();

/**
 * Which engine translates this pair, and which takes over if it fails. On-device first when the browser has a model
 * for the pair (one still to download waits for the reader's click), else the reader's cloud choice. A fallback is
 * used only where the reader already agreed to send text to it and the browser lets Tarjuma reach it.
 */
export async function planProviders(
  settings: Settings,
  from: string,
  to: string,
  options: { gesture?: boolean; onDownloadProgress?: (loaded: number) => void } = {},
): Promise<ProviderPlan> {
  const create = (id: ConcreteProviderId, s: Settings) =>
    createProvider(id, s.providers, { onDownloadProgress: options.onDownloadProgress });
  const choice = await chooseProvider(
    settings,
    { from, to },
    { builtinAvailability, createProvider: create, changed: changedServices },
  );
  const mustDownload = choice.builtin === 'downloadable' || choice.builtin === 'downloading';
  if (choice.provider.id === 'chrome-builtin' && mustDownload && !options.gesture) return { kind: 'download' };
  const fallbackId = choice.fallback?.id;
  const fallbackReady =
    fallbackId && fallbackId !== 'chrome-builtin'
      ? (await accessGate(fallbackId, settings)) === undefined
      : Boolean(fallbackId);
  return { kind: 'ready', primary: choice.provider, fallback: fallbackReady ? choice.fallback : undefined };
}
