import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { SEED_PATH } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { PanelPage } from './pages/panel-page';
import { PopupPage } from './pages/popup-page';
import { RealSidePanel } from './pages/real-side-panel';
import { useSeedThroughLibreTranslate } from './seed-libretranslate';
import { SEED_EN, SEED_EXPECTED_EN, SEED_UR } from './seed-translation';

const env = useSeedThroughLibreTranslate();
/** Screenshots the README shows: taken here so they stay current. */
const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');
/** The seed at an address of its own, so the test's tab is the only one showing it. */
let visit = 0;
const seedUrl = () => `${env.pages.url(SEED_PATH)}?visit=${++visit}`;
const translateCalls = () => env.lt.requests.filter((r) => r.path === '/translate').length;

/** The extension's open side panels, as Chrome lists them. */
const sidePanels = () =>
  env.ext.worker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).map(
      (c) => c.documentUrl ?? '',
    ),
  );

describe('the side panel beside the seed article', () => {
  it('opens from the popup’s button with the same article and translation, and sends no new request', async () => {
    mkdirSync(DOCS, { recursive: true });
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await PopupPage.open(env.ext, tabId);
    await popup.waitTranslated(14);
    const requests = translateCalls();
    const title = await popup.title();

    await popup.keepBeside();
    await expect.poll(sidePanels, { timeout: 10_000 }).toEqual([expect.stringContaining('/sidepanel.html')]);

    // Chrome's own side panel shows the tab it was opened for: the popup's article and translation.
    const real = await RealSidePanel.find(env.ext);
    expect(real).not.toBeNull();
    await expect.poll(async () => (await real!.shown()).texts, { timeout: 10_000 }).toEqual(SEED_EXPECTED_EN);
    expect(translateCalls()).toBe(requests);

    // It follows the tabs: another tab in front gets the prompt, the article's tab its article again.
    const other = await env.ext.openTab(env.pages.url('/pages/seed-en.html'));
    await env.ext.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), other);
    await expect.poll(async () => (await real!.shown()).status, { timeout: 10_000 }).toBe('new-page');
    expect((await real!.shown()).texts).toEqual([]);
    await env.ext.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    await expect.poll(async () => (await real!.shown()).texts, { timeout: 10_000 }).toEqual(SEED_EXPECTED_EN);

    // Its tab goes to another page: the prompt, nothing of the old article.
    await env.ext.worker.evaluate(([id, url]) => chrome.tabs.update(id as number, { url: url as string }), [
      tabId,
      env.pages.url('/pages/links.html'),
    ] as const);
    await expect.poll(async () => (await real!.shown()).status, { timeout: 10_000 }).toBe('new-page');
    expect((await real!.shown()).texts).toEqual([]);
    expect(translateCalls()).toBe(requests);

    // The panel's page for a tab, at a panel's size (where a test can click and run axe): no extraction, no request.
    const second = await env.ext.openTab(seedUrl());
    const before = await PopupPage.open(env.ext, second);
    await before.waitTranslated(14);
    await before.close();
    const panel = await PanelPage.open(env.ext, second);
    const blocks = await panel.waitTranslated(14);
    expect(blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(await panel.title()).toBe(title);
    expect(translateCalls()).toBe(requests);
    expect(await panel.marks()).not.toContain('tarjuma:extracted');
    expect(await panel.page.getByTestId('comments-notice').getAttribute('data-state')).toBe('closed');
    await expect.poll(() => panel.page.getByTestId('entity-chip').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await panel.page.screenshot({ path: join(DOCS, 'panel-seed.png') });
    expect(await seriousViolations(panel.page)).toEqual([]);
    // Dark mode follows the system, and stays readable (axe checks colour contrast too).
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-seed-dark.png') });
    await panel.close();
  });

  it('after a navigation offers to read the new page and shows nothing of the old one', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const panel = await PanelPage.open(env.ext, tabId);
    await panel.waitTranslated(14);

    await env.ext.worker.evaluate(([id, url]) => chrome.tabs.update(id as number, { url: url as string }), [
      tabId,
      env.pages.url('/pages/seed-en.html'),
    ] as const);
    await expect.poll(async () => (await panel.status())?.kind, { timeout: 10_000 }).toBe('new-page');
    expect((await panel.status())?.text).toContain('press Alt+Shift+T to read this page');
    expect(await panel.blocks()).toEqual([]);
    await panel.page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-new-page.png') });

    // The test build may read the loopback server, so the prompt's button reads the page now in the tab.
    await panel.readThisPage();
    await expect.poll(() => panel.page.getByTestId('skipped').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.title()).not.toBe(SEED_EXPECTED_EN[0]);
    await panel.close();
  });

  it('with “Open Tarjuma in: side panel” the toolbar button has no popup, so its click reaches the panel', async () => {
    const popupOf = () => env.ext.worker.evaluate(() => chrome.action.getPopup({}));
    expect(await popupOf()).toMatch(/popup\.html$/);
    // The reader chooses it in the options page.
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.id}/options.html`);
    await options.getByTestId('open-in').selectOption('panel');
    await expect.poll(popupOf, { timeout: 5_000 }).toBe('');
    const stored = await env.ext.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { display: { openIn?: string } }).display.openIn).toBe('panel');
    await options.close();
    await env.ext.setSettings({ targetLanguage: 'en', display: { openIn: 'popup' } });
    await expect.poll(popupOf, { timeout: 5_000 }).toMatch(/popup\.html$/);
  });
});

describe('show on page, from the panel', () => {
  /** The page's elements that carry an outline now, by the start of their text. */
  const outlined = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.style.outline)
        .map((el) => (el.textContent ?? '').trim()),
    );

  it('scrolls the original page to the paragraph and marks it for two seconds', async () => {
    const url = seedUrl();
    const tabId = await env.ext.openTab(url);
    const page = await env.ext.pageOf(url);
    const panel = await PanelPage.open(env.ext, tabId);
    await panel.waitTranslated(14);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // b9 is the seed's tenth line: SEED_UR[10] (the image's alt text is no block).
    await panel.page.locator('[data-block-id="b9"] [data-testid="show-on-page"]').click();
    await expect.poll(() => outlined(page), { timeout: 5_000 }).toEqual([SEED_UR[10]]);
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => outlined(page), { timeout: 5_000 }).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[style=""]').length)).toBe(0);
    await panel.close();
  });

  it('from a chip, steps through the mentions in the page itself', async () => {
    const url = seedUrl();
    const tabId = await env.ext.openTab(url);
    const page = await env.ext.pageOf(url);
    const panel = await PanelPage.open(env.ext, tabId);
    await panel.waitTranslated(14);
    const putin = panel.page.getByTestId('entity-chip').filter({ hasText: 'Putin' });
    await expect.poll(() => putin.count(), { timeout: 15_000 }).toBe(1);
    await putin.click();
    const seen: string[][] = [];
    for (let step = 0; step < 2; step++) {
      await panel.page.getByTestId('entity-show-on-page').click();
      await expect.poll(async () => (await outlined(page)).length, { timeout: 5_000 }).toBeGreaterThan(0);
      seen.push(await outlined(page));
    }
    // Each mark is a paragraph of the page that names him (the page spells him پیوٹن and پوٹن); the next step is another.
    for (const marked of seen) expect(marked.every((text) => /پی?وٹن/.test(text))).toBe(true);
    expect(seen[1]).not.toEqual(seen[0]);
    await panel.close();
  });

  it('says so when the page can no longer be reached', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await PopupPage.open(env.ext, tabId);
    await popup.waitTranslated(14);
    // localhost is not the loopback address the test build may reach: like a page after the grant has gone.
    await env.ext.worker.evaluate(([id, url]) => chrome.tabs.update(id as number, { url: url as string }), [
      tabId,
      env.pages.url('/pages/seed-en.html').replace('127.0.0.1', 'localhost'),
    ] as const);
    await popup.page.locator('[data-block-id="b3"] [data-testid="show-on-page"]').click();
    await expect
      .poll(() => popup.page.getByTestId('page-note').textContent(), { timeout: 5_000 })
      .toBe('Tarjuma can no longer reach this page. Click the Tarjuma icon to read it again.');
    await popup.close();
  });
});

describe('selected text', () => {
  it('the selection command translates the selection into the panel, which then reads the whole article', async () => {
    const url = seedUrl();
    const tabId = await env.ext.openTab(url);
    const page = await env.ext.pageOf(url);
    // The reader selects one paragraph of the page.
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
    const requests = translateCalls();
    // What the shortcut runs (a test cannot press a browser shortcut).
    await env.ext.worker.evaluate(
      ([id, href]) =>
        (
          globalThis as unknown as {
            tarjumaE2E: { translateSelectionOfTab(tab: { id: number; url: string }): Promise<void> };
          }
        ).tarjumaE2E.translateSelectionOfTab({ id: id as number, url: href as string }),
      [tabId, url] as const,
    );
    const panel = await PanelPage.open(env.ext, tabId);
    const blocks = await panel.waitTranslated(1);
    expect(blocks.map((b) => b.text)).toEqual([SEED_EN[5]]);
    expect(translateCalls()).toBe(requests + 1);
    expect(await panel.page.getByTestId('selection-note').count()).toBe(1);
    await panel.page.screenshot({ path: join(DOCS, 'panel-selection.png') });
    expect(await seriousViolations(panel.page)).toEqual([]);

    await panel.page.getByTestId('read-whole-article').click();
    expect((await panel.waitTranslated(14)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    await panel.close();
  });
});
