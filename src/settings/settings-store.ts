import { storage } from 'wxt/utils/storage';
import type { CloudProviderId } from '../translate/provider-ids';
import { normalizeSettings, type Settings, type SitePreference } from './settings-schema';

/**
 * `browser.storage.local` key `settings`. The stored object carries its own `version`; `normalizeSettings` migrates
 * older or partial objects (another tool may write only `targetLanguage`, `provider` and one provider's options).
 */
export const settingsItem = storage.defineItem<unknown>('local:settings');

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

export function grantConsent(provider: CloudProviderId): Promise<Settings> {
  return updateSettings((s) => ({ ...s, consent: { ...s.consent, [provider]: true } }));
}

export function rememberSitePreference(host: string, preference: SitePreference): Promise<Settings> {
  return updateSettings((s) => ({ ...s, sites: { ...s.sites, [host]: { ...s.sites[host], ...preference } } }));
}
