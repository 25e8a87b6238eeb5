import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { deleteAllDatabases } from './delete-databases';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
/** The extension's internal host, fixed through a preference so its pages can be addressed. */
const EXTENSION_UUID = '3f1c2a8e-5b7d-4e21-9c3a-7d5e9b1f2a40';

export interface LoadedFirefoxExtension {
  browser: Browser;
  /** `moz-extension://…/` */
  base: string;
  /** Opens a web page in a new tab; returns the page and the extension's id for that tab. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup's page, 420×600, for the tab (or the sidebar's page, `sidepanel.html`, 400×800). */
  openPopup(tabId: number, kind?: 'popup' | 'sidepanel'): Promise<Page>;
  /** Runs what the "translate selection" shortcut runs, in the background page (a test cannot press the shortcut). */
  translateSelectionOf(tab: { id: number; url: string }): Promise<void>;
  setSettings(settings: unknown): Promise<void>;
  /** Deletes the stored translations, so a test's requests are not hidden by an earlier test's answers. */
  clearTranslationCache(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR with the built Firefox extension installed temporarily (WebDriver BiDi `webExtension.install`).
 * Extension pages need `--remote-allow-system-access` (Firefox 153+) to be navigated to.
 */
export async function launchFirefoxExtension(): Promise<LoadedFirefoxExtension> {
  if (!FIREFOX) throw new Error('No Firefox: apt-get install firefox-esr');
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  }
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const profile = mkdtempSync(join(tmpdir(), 'tarjuma-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID,
      }),
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const base = `moz-extension://${EXTENSION_UUID}/`;

  /** Puppeteer does not see navigations into extension pages finish: wait for the document instead. */
  const goToExtensionPage = async (page: Page, url: string) => {
    await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
    for (let waited = 0; waited < 10_000; waited += 100) {
      const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => []);
      if (state[0] === url && state[1] === 'complete') return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`${url} did not open`);
  };
  const extensionPage = async () => {
    const page = await browser.newPage();
    await goToExtensionPage(page, `${base}options.html`);
    return page;
  };

  return {
    browser,
    base,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const helper = await extensionPage();
      // Firefox's `chrome` namespace, with callbacks: the same in every version.
      const tabId = await helper.evaluate(
        (target) =>
          new Promise<number | undefined>((done) =>
            chrome.tabs.query({}, (tabs) => done(tabs.find((tab) => tab.url === target)?.id)),
          ),
        url,
      );
      await helper.close();
      if (tabId === undefined) throw new Error(`No tab at ${url}`);
      return { page, tabId };
    },
    async openPopup(tabId, kind = 'popup') {
      const page = await browser.newPage();
      await page.setViewport(kind === 'popup' ? { width: 420, height: 600 } : { width: 400, height: 800 });
      await goToExtensionPage(page, `${base}${kind}.html?tabId=${tabId}`);
      return page;
    },
    async translateSelectionOf(tab) {
      const helper = await extensionPage();
      try {
        await helper.evaluate(async (target) => {
          type Hook = { tarjumaE2E: { translateSelectionOfTab(t: { id: number; url: string }): Promise<void> } };
          const background = await new Promise<Window | undefined>((done) => chrome.runtime.getBackgroundPage(done));
          await (background as unknown as Hook).tarjumaE2E.translateSelectionOfTab(target);
        }, tab);
      } finally {
        await helper.close();
      }
    },
    async setSettings(settings) {
      const helper = await extensionPage();
      await helper.evaluate(
        (value) => new Promise<void>((done) => chrome.storage.local.set({ settings: value }, () => done())),
        settings as object,
      );
      await helper.close();
    },
    async clearTranslationCache() {
      const helper = await extensionPage();
      await helper.evaluate(deleteAllDatabases);
      await helper.close();
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
