import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens Tarjuma beside the page: Chrome's side panel for `tabId`, Firefox's sidebar. Both browsers accept it only
 * inside a user action (a click, a menu item, a shortcut), so call it before anything is awaited in the handler.
 */
export function openPanel(tabId: number): Promise<void> {
  try {
    const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
    if (import.meta.env.FIREFOX && sidebar) return sidebar.open();
    return browser.sidePanel.open({ tabId });
  } catch (error) {
    // A browser without the API throws at once: the caller hears of it as of any refusal.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Whether this browser has a panel beside the page (Chrome 114+, Firefox). */
export function canOpenPanel(): boolean {
  return import.meta.env.FIREFOX
    ? Boolean((browser as unknown as FirefoxSidebar).sidebarAction)
    : typeof browser.sidePanel?.open === 'function';
}
