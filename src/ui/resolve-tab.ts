import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url?: string;
  title?: string;
}

/** The tab the page was opened for: `?tabId=N` (tests, the reader view), else the active tab of this window. */
export async function resolveTargetTab(search: string = location.search): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url, title: tab.title };
    } catch {
      return undefined;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}
