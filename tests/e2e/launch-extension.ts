import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { deleteAllDatabases } from './delete-databases';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const ARTIFACTS_DIR = resolve(import.meta.dirname, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Opens a tab on `url` through the extension's service worker and returns its id. */
  openTab(url: string): Promise<number>;
  /** Opens `popup.html?tabId=N` (or `reader.html`) as a page, at the popup's size. */
  openPopup(
    tabId: number,
    page?: 'popup' | 'reader' | 'sidepanel',
    size?: { width: number; height: number },
  ): Promise<Page>;
  setSettings(settings: unknown): Promise<void>;
  /** The Playwright page of a tab the extension opened (Playwright may learn of it a moment after the tab exists). */
  pageOf(url: string): Promise<Page>;
  /** Deletes the stored translations, so a test's requests are not hidden by an earlier test's answers. */
  clearTranslationCache(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded: the real thing, headless. */
export async function launchExtension(
  extensionDir = EXTENSION_DIR,
  options: { locale?: string; /** Extra Chromium switches (the benchmark exposes `gc`). */ args?: string[] } = {},
): Promise<LoadedExtension> {
  const locale = options.locale ?? 'en-US';
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'tarjuma-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${locale}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // Scripts run through tsx (the benchmark) wrap functions in a `__name` helper the worker does not have.
  await worker.evaluate('self.__name ??= (fn) => fn');

  return {
    context,
    worker,
    id,
    async openTab(url) {
      const tabId = await worker.evaluate(async (target) => {
        const tab = await chrome.tabs.create({ url: target, active: false });
        await new Promise<void>((done) => {
          const check = (changedId: number, info: chrome.tabs.OnUpdatedInfo) => {
            if (changedId === tab.id && info.status === 'complete') {
              chrome.tabs.onUpdated.removeListener(check);
              done();
            }
          };
          chrome.tabs.onUpdated.addListener(check);
          setTimeout(done, 10_000);
        });
        return tab.id!;
      }, url);
      return tabId;
    },
    async openPopup(tabId, kind = 'popup', size = { width: 420, height: 600 }) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${id}/${kind}.html?tabId=${tabId}`);
      return page;
    },
    async setSettings(settings) {
      await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    },
    async pageOf(url) {
      for (let waited = 0; waited < 5_000; waited += 50) {
        const page = context.pages().find((p) => p.url() === url);
        if (page) return page;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No page at ${url} after 5 s.`);
    },
    async clearTranslationCache() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/options.html`);
      await page.evaluate(deleteAllDatabases);
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
