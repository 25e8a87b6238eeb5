import { browser } from 'wxt/browser';
import { t } from './i18n';

const MENU_ID = 'tarjuma-reader';

/** "Read this article in Tarjuma" on any page: opens the reader view for that tab (the click grants activeTab). */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuReader'), contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void browser.tabs.create({
      url: browser.runtime.getURL(`/reader.html?tabId=${tab.id}`),
      index: tab.index + 1,
      openerTabId: tab.id,
    });
  });
}
