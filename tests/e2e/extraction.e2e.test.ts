import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';

let ext: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await startFixtureServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the popup reads the article of the tab it is opened for', () => {
  it('shows the seed article: its Urdu title and 12 paragraphs, right-to-left, in an Urdu font', async () => {
    const tabId = await ext.openTab(server.url(SEED_PATH));
    const popup = await ext.openPopup(tabId);
    const title = popup.getByTestId('article-title');
    await expect
      .poll(() => title.textContent(), { timeout: 20_000 })
      .toContain('ایرانی صدر سرکاری دورے پر ماسکوپہنچ گئے');

    const blocks = popup.getByTestId('block');
    expect(await blocks.count()).toBe(14);
    const originals = popup.locator('[data-testid="block"] .original');
    const directions = await originals.evaluateAll((els) => els.map((el) => getComputedStyle(el).direction));
    expect(directions).toEqual(Array<string>(14).fill('rtl'));
    expect(await originals.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual(
      Array<string>(14).fill('ur'),
    );
    const paragraphs = popup.locator(
      '[data-testid="block"][data-block-id^="b"]:not([data-block-id="b0"]):not([data-block-id="b1"])',
    );
    expect(await paragraphs.count()).toBe(12);
    await expect
      .poll(() => popup.locator('[data-block-id="b2"] .original').textContent())
      .toContain('ماسکو: ایرانی صدر ابراہیم رئیسی جمعرات کو سرکاری دورے پر ماسکو پہنچ گئے۔');
    await expect.poll(() => popup.locator('.meta .site').textContent()).toBe('باغی ٹی وی');

    // Urdu letters such as ہ ے ں ٹ must not be boxes: the bundled Nastaliq face is what renders them.
    const nastaliqLoaded = await popup.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('Noto Nastaliq Urdu') && f.status === 'loaded');
    });
    expect(nastaliqLoaded).toBe(true);
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-seed-original.png') });
    await popup.close();
  });

  it('says so when the page is not an article, and offers to read it anyway', async () => {
    const tabId = await ext.openTab(server.url('/pages/links.html'));
    const popup = await ext.openPopup(tabId);
    const status = popup.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-kind'), { timeout: 20_000 }).toBe('not-article');
    expect(await status.textContent()).toContain("This page doesn't look like an article.");
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-not-article.png') });
    await popup.close();
  });

  it('says plainly that a browser page cannot be read', async () => {
    const tabId = await ext.openTab('chrome://version');
    const popup = await ext.openPopup(tabId);
    const status = popup.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-kind'), { timeout: 20_000 }).toBe('restricted');
    expect(await status.textContent()).toContain("This page can't be read (browser page)");
    await popup.close();
  });

  it('says which tab is missing when the tab is gone', async () => {
    const popup = await ext.openPopup(999_999);
    const status = popup.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-kind'), { timeout: 20_000 }).toBe('error');
    expect(await status.textContent()).toContain('There is no page to read');
    await popup.close();
  });
});
