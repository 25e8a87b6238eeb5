import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer } from '../servers/fake-server';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { startOpenAiServer } from '../servers/openai-server';
import { AXE, seriousViolationsInPage } from './accessibility';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { FIREFOX, launchFirefoxExtension, type LoadedFirefoxExtension } from './launch-firefox';
import { SEED_EN, SEED_EXPECTED_EN, SEED_UR, seedTranslate } from './seed-translation';

/**
 * The Firefox build (MV2) in Debian's Firefox ESR: the same reader's path as in Chromium, through the browser's own
 * `scripting`, `storage` and fetch, with the Urdu fonts the extension bundles.
 */
let ff: LoadedFirefoxExtension;
let pages: FixtureServer;
let lt: FakeServer;
let model: FakeServer;

const shown = (popup: Page) =>
  popup.evaluate(() => ({
    title: document.querySelector('[data-testid="article-title"]')?.textContent?.trim() ?? null,
    blocks: [...document.querySelectorAll('[data-testid="block"]')].map((block) => ({
      state: block.getAttribute('data-state'),
      originalDir: block.querySelector('.original')?.getAttribute('dir') ?? null,
      originalLang: block.querySelector('.original')?.getAttribute('lang') ?? null,
      original: block.querySelector('.original')?.textContent?.trim() ?? null,
      text: block.querySelector('[data-testid="translation"]')?.textContent ?? null,
      error: block.querySelector('.block-error')?.textContent ?? null,
    })),
    urduFont: getComputedStyle(document.querySelector('.original[lang="ur"]') ?? document.body).fontFamily,
  }));

beforeAll(async () => {
  if (!FIREFOX) return;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pages = await startFixtureServer();
  lt = await startLibreTranslateServer({ translate: seedTranslate, languages: ['ur', 'en'] });
  model = await startOpenAiServer({ translate: seedTranslate });
  ff = await launchFirefoxExtension();
}, 60_000);

afterAll(async () => {
  await ff?.close();
  await lt?.close();
  await model?.close();
  await pages?.close();
});

describe.skipIf(!FIREFOX)('in Firefox', () => {
  it('reads the seed right to left, translates it through LibreTranslate, and passes axe', async () => {
    await ff.setSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: lt.url } },
    });
    const { tabId } = await ff.openTab(pages.url(SEED_PATH));
    const popup = await ff.openPopup(tabId);
    await expect.poll(async () => (await shown(popup)).title, { timeout: 20_000 }).toBeTruthy();
    await expect
      .poll(async () => (await shown(popup)).blocks.filter((b) => b.state === 'done').length, { timeout: 30_000 })
      .toBe(SEED_EXPECTED_EN.length);
    const seen = await shown(popup);
    expect(seen.blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(lt.requests.filter((r) => r.path === '/translate').length).toBeLessThanOrEqual(2);
    await popup.click('[data-testid="display-side-by-side"]');
    await expect
      .poll(async () => (await shown(popup)).blocks.every((b) => b.originalDir === 'rtl' && b.originalLang === 'ur'))
      .toBe(true);
    const sideBySide = await shown(popup);
    expect(sideBySide.blocks[0]?.original).toBe(SEED_UR[0]);
    expect(sideBySide.blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(sideBySide.urduFont).toMatch(/Noto Nastaliq Urdu/);
    await popup.evaluate(AXE);
    expect(await popup.evaluate(seriousViolationsInPage)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-popup-seed.png') });
    await popup.close();

    // The sidebar shows what the popup left for the tab (storage.session): the same article, and no new request.
    const requests = lt.requests.length;
    const sidebar = await ff.openPopup(tabId, 'sidepanel');
    await expect
      .poll(async () => (await shown(sidebar)).blocks.map((b) => b.text), { timeout: 20_000 })
      .toEqual(SEED_EXPECTED_EN);
    expect(lt.requests.length).toBe(requests);
    await sidebar.evaluate(AXE);
    expect(await sidebar.evaluate(seriousViolationsInPage)).toEqual([]);
    await sidebar.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-sidebar-seed.png') });
    await sidebar.close();
  });

  it('the selection shortcut translates the selected paragraph into the sidebar', async () => {
    await ff.setSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: lt.url } },
    });
    const url = `${pages.url(SEED_PATH)}?selection`;
    const { page, tabId } = await ff.openTab(url);
    await page.evaluate(
      (start) => {
        const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(start))!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      SEED_UR[5]!.slice(0, 30),
    );
    await ff.translateSelectionOf({ id: tabId, url });
    const sidebar = await ff.openPopup(tabId, 'sidepanel');
    await expect
      .poll(async () => (await shown(sidebar)).blocks.map((b) => b.text), { timeout: 20_000 })
      .toEqual([SEED_EN[5]]);
    await sidebar.close();
  });

  it("shows an OpenAI-compatible model's streamed answer block by block", async () => {
    await ff.setSettings({
      targetLanguage: 'en',
      provider: 'openai',
      providers: { openai: { url: model.url, model: 'llama3.1' } },
    });
    model.holdStreams(4); // the first item is written, the rest is still coming
    const { tabId } = await ff.openTab(pages.url(SEED_PATH));
    const popup = await ff.openPopup(tabId);
    const preview = () =>
      popup.evaluate(() => document.querySelector('[data-testid="translation-preview"]')?.textContent ?? null);
    await expect.poll(preview, { timeout: 20_000 }).toBe(SEED_EXPECTED_EN[0]);
    model.releaseStreams();
    await expect
      .poll(async () => (await shown(popup)).blocks.map((b) => b.text), { timeout: 30_000 })
      .toEqual(SEED_EXPECTED_EN);
    expect(await preview()).toBeNull();
    await popup.close();
  });

  it('a provider that is down: each block says why, and Retry brings them back', async () => {
    await ff.setSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: lt.url } },
    });
    lt.fail({ type: 'server-error', status: 503 }, 30);
    // A tab of its own: the first test's tab has the same address.
    const { tabId } = await ff.openTab(`${pages.url(SEED_PATH)}?again`);
    await ff.clearTranslationCache();
    const popup = await ff.openPopup(tabId);
    await expect
      .poll(async () => (await shown(popup)).blocks.filter((b) => b.state === 'error').length, { timeout: 40_000 })
      .toBe(SEED_EXPECTED_EN.length);
    expect((await shown(popup)).blocks[2]?.error).toContain('LibreTranslate had a problem (503)');
    lt.faults.length = 0;
    const retry = await popup.waitForSelector('::-p-aria(Retry failed paragraphs)');
    await retry?.click();
    await expect
      .poll(async () => (await shown(popup)).blocks.map((b) => b.text), { timeout: 30_000 })
      .toEqual(SEED_EXPECTED_EN);
    await popup.close();
  });
});

if (!FIREFOX)
  console.warn('Firefox ESR not found: the Firefox end-to-end test is skipped (apt-get install firefox-esr).');
