import { browser } from 'wxt/browser';
import { t } from './i18n';
import { translateSelectionText } from './panel/translate-selection';

const MENU_READER = 'tarjuma-reader';
const MENU_SELECTION = 'tarjuma-selection';

/**
 * "Read this article in Tarjuma" on any page opens the reader view for that tab; "Translate selection with Tarjuma"
 * opens the side panel on the selected text. Either click grants activeTab for the tab.
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_READER, title: t('contextMenuReader'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU_SELECTION, title: t('contextMenuSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_SELECTION) return translateSelectionText(tab, info.selectionText ?? '');
    if (info.menuItemId !== MENU_READER) return;
    void browser.tabs.create({
      url: browser.runtime.getURL(`/reader.html?tabId=${tab.id}`),
      index: tab.index + 1,
      openerTabId: tab.id,
    });
  });
}
