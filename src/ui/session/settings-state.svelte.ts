import type { CloudProviderId } from '../../translate/provider-ids';
import type { Settings, SitePreference } from '../../settings/settings-schema';
import { grantConsent, loadSettings, rememberSitePreference, updateSettings } from '../../settings/settings-store';

/** The reader's settings as one page sees them: read once, changed only through these methods, which store them. */
export class SettingsState {
  #current = $state<Settings | undefined>(undefined);

  get current(): Settings | undefined {
    return this.#current;
  }

  async load(): Promise<Settings> {
    const settings = await loadSettings();
    this.#current = settings;
    return settings;
  }

  /** Another surface already read them (a restored session): no second read of the storage. */
  use(settings: Settings): void {
    this.#current = settings;
  }

  async update(change: (current: Settings) => Settings): Promise<Settings> {
    return (this.#current = await updateSettings(change));
  }

  async rememberSite(host: string, preference: SitePreference): Promise<Settings> {
    return (this.#current = await rememberSitePreference(host, preference));
  }

  async grantConsent(provider: CloudProviderId): Promise<Settings> {
    return (this.#current = await grantConsent(provider));
  }
}
