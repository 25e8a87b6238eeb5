import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { SEED_PATH } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { PanelPage } from './pages/panel-page';
import { PopupPage } from './pages/popup-page';
import { useSeedThroughLibreTranslate } from './seed-libretranslate';
import { SEED_EXPECTED_EN } from './seed-translation';

const env = useSeedThroughLibreTranslate();
/** Screenshots the README shows: taken here so they stay current. */
const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');
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

    // What the panel shows for that tab, at a panel's size: the session the popup left, no extraction, no request.
    const panel = await PanelPage.open(env.ext, tabId);
    const blocks = await panel.waitTranslated(14);
    expect(blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(await panel.title()).toBe(title);
    expect(translateCalls()).toBe(requests);
    expect(await panel.marks()).not.toContain('tarjuma:extracted');
    expect(await panel.page.getByTestId('comments-notice').getAttribute('data-state')).toBe('closed');
    await expect.poll(() => panel.page.getByTestId('entity-chip').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await panel.page.screenshot({ path: join(DOCS, 'panel-seed.png') });
    expect(await seriousViolations(panel.page)).toEqual([]);
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
    await env.ext.setSettings({ targetLanguage: 'en', display: { openIn: 'panel' } });
    await expect.poll(popupOf, { timeout: 5_000 }).toBe('');
    await env.ext.setSettings({ targetLanguage: 'en', display: { openIn: 'popup' } });
    await expect.poll(popupOf, { timeout: 5_000 }).toMatch(/popup\.html$/);
  });
});
