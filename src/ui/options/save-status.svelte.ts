import { updateSettings } from '../../settings/settings-store';
import type { Settings } from '../../settings/settings-schema';

/** Every change is saved at once; the page says so briefly. */
export class SaveStatus {
  saved = $state(false);
  private timer: ReturnType<typeof setTimeout> | undefined;

  async save(change: (s: Settings) => Settings): Promise<Settings> {
    const next = await updateSettings(change);
    this.saved = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.saved = false), 1500);
    return next;
  }
}
