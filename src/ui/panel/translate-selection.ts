import { browser } from 'wxt/browser';
import { openPanel } from './open-panel';
import { leaveRequest } from '../session/session-handoff';

export const SELECTION_COMMAND = 'translate-selection';

interface ClickedTab {
  id?: number;
  url?: string;
}

/** The context menu hands the selected text itself: the panel opens on it, and nothing runs in the page. */
export function translateSelectionText(tab: ClickedTab, text: string): void {
  if (tab.id === undefined) return;
  void leaveRequest({ kind: 'selection', tabId: tab.id, text, url: tab.url, at: Date.now() });
  void openPanel(tab.id).catch(() => undefined);
}

/** Read in the page: the shortcut's activeTab grant allows one small function there, which returns the selection. */
function selectedText(): string {
  return getSelection()?.toString() ?? '';
}

/** The keyboard shortcut: open the panel inside the key press, then read the selection and hand it over. */
export async function translateSelectionOfTab(tab: ClickedTab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  const opening = openPanel(tabId).catch(() => undefined);
  const [frame] = await browser.scripting
    .executeScript({ target: { tabId }, func: selectedText })
    .catch(() => [] as { result?: unknown }[]);
  const text = typeof frame?.result === 'string' ? frame.result : '';
  await leaveRequest({ kind: 'selection', tabId, text, url: tab.url, at: Date.now() });
  await opening;
}

export function registerSelectionCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SELECTION_COMMAND) return;
    if (tab) return void translateSelectionOfTab(tab);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active) void translateSelectionOfTab(active);
    });
  });
}
