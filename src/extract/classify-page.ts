/** Why the browser will not let an extension read a page. Each has its own message in the popup. */
export type PageRestriction = 'browser-page' | 'web-store' | 'view-source' | 'pdf' | 'file' | 'no-access';

const BROWSER_SCHEMES =
  /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|devtools|chrome-search|chrome-untrusted|resource|jar):/i;
const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/** From the tab's URL, when the browser tells it (it may not before the reader clicks the toolbar icon). */
export function restrictionOfUrl(url: string | undefined): PageRestriction | undefined {
  if (!url) return undefined;
  if (/^view-source:/i.test(url)) return 'view-source';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((re) => re.test(url))) return 'web-store';
  if (/^file:/i.test(url)) return /\.pdf([?#]|$)/i.test(url) ? 'pdf' : 'file';
  if (/\.pdf([?#]|$)/i.test(url)) return 'pdf';
  return undefined;
}

/** From the error `scripting.executeScript` threw, in Chrome's and Firefox's wording. */
export function restrictionOfError(message: string): PageRestriction | undefined {
  if (/gallery cannot be scripted|webstore/i.test(message)) return 'web-store';
  if (/view-source/i.test(message)) return 'view-source';
  if (/chrome:\/\/|edge:\/\/|about:|extension:\/\/|devtools:|privileged|reserved/i.test(message)) return 'browser-page';
  if (/file:\/\/|file URL/i.test(message)) return 'file';
  if (/pdf/i.test(message)) return 'pdf';
  if (/cannot access|missing host permission|permission to access|error page/i.test(message)) return 'no-access';
  return undefined;
}
