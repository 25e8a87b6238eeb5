import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../settings/settings-store';
import type { Settings } from '../../settings/settings-schema';
import { openPanel } from './open-panel';
import { leaveRequest } from '../session/session-handoff';

/** Chrome MV3 calls it `action`, Firefox MV2 `browserAction`: the same button. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/**
 * "Open Tarjuma in: side panel". The button then has no popup, so its click reaches `onClicked`, which grants
 * activeTab for the tab like the popup's opening does, and opens the panel inside that click. (Chrome's
 * `openPanelOnActionClick` would open it without any `onClicked`, and leave the page out of reach.)
 */
export function registerToolbarClick(): void {
  const button = toolbarButton();
  const apply = (settings: Settings) =>
    void button.setPopup({ popup: settings.display.openIn === 'panel' ? '' : 'popup.html' }).catch(() => undefined);
  void loadSettings().then(apply);
  watchSettings(apply);
  button.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    void leaveRequest({ kind: 'read', tabId: tab.id, at: Date.now() });
    void openPanel(tab.id).catch(() => undefined);
  });
}
