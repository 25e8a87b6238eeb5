import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { SEED_PATH } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { useSeedThroughLibreTranslate } from './seed-libretranslate';
import { SEED_EXPECTED_EN, SEED_UR } from './seed-translation';
import { SurfacePage } from './pages/surface-page';

/** Screenshots the README shows: taken here so they stay current. */
const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');

// One seed loader: the seed through a LibreTranslate server, an empty cache before each test.
const env = useSeedThroughLibreTranslate();

const waitTranslated = (page: Page) => new SurfacePage(page).waitTranslated(14);

beforeAll(() => void mkdirSync(DOCS, { recursive: true }));

describe('the popup a reader sees on the seed article', () => {
  it('shows the translation with highlights, key-entity chips and the closed-comments notice, and passes axe', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await env.ext.openPopup(tabId);
    await waitTranslated(popup);
    await expect.poll(() => popup.getByTestId('entity-chip').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const notice = popup.getByTestId('comments-notice');
    expect(await notice.getAttribute('data-state')).toBe('closed');
    expect(await notice.textContent()).toContain('Comments are closed on this article');
    expect(await notice.textContent()).toContain('Comments are closed.');
    const chipTypes = await popup
      .getByTestId('entity-chip')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-type')));
    expect(chipTypes).toContain('person');
    expect(chipTypes).toContain('place');
    const putin = popup.locator('[data-testid="translation"] mark[data-entity-type="person"]', { hasText: 'Putin' });
    expect(await putin.count()).toBeGreaterThan(2);
    await popup.screenshot({ path: join(DOCS, 'popup-seed.png') });
    expect(await seriousViolations(popup)).toEqual([]);

    // Dark mode follows the system, and stays readable (axe checks colour contrast too).
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 29)');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-seed-dark.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });

    // Clicking a chip steps through its mentions.
    const chip = popup.getByTestId('entity-chip').first();
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => popup.locator('mark.current').count()).toBe(1);

    // The original is one toggle away, with the same entities marked in the Urdu text.
    await popup.getByTestId('display-original').click();
    expect(await popup.locator('[data-block-id="b2"] .original').textContent()).toContain(SEED_UR[3]!.slice(0, 20));
    await expect.poll(() => popup.locator('.original mark[data-entity-type="person"]').count()).toBeGreaterThan(5);
    await popup.getByTestId('display-translation').click();
    await popup.close();
  });

  it('is usable from the keyboard: every control is reachable with Tab and has a name', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await env.ext.openPopup(tabId);
    await waitTranslated(popup);
    const names = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await popup.keyboard.press('Tab');
      const name = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        return el.getAttribute('aria-label') || el.textContent?.trim() || el.getAttribute('title') || el.tagName;
      });
      if (name) names.add(name);
    }
    for (const name of ['Copy text', 'Open in reader view', 'Options', 'Swap languages', 'Translation', 'Original']) {
      expect([...names]).toContain(name);
    }
    await popup.close();
  });
});

describe('the reader view', () => {
  it('shows original and translation side by side, adjusts the text size, and passes axe', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const reader = await env.ext.openPopup(tabId, 'reader', { width: 1200, height: 900 });
    await waitTranslated(reader);
    const b2 = reader.locator('[data-block-id="b2"]');
    expect(await b2.locator('.original').count()).toBe(1);
    expect(await b2.getByTestId('translation').textContent()).toBe(SEED_EXPECTED_EN[2]);
    const [left, right] = await Promise.all([
      b2.locator('.original').boundingBox(),
      b2.getByTestId('translation').boundingBox(),
    ]);
    expect(Math.abs((left?.y ?? 0) - (right?.y ?? 100))).toBeLessThan(5); // same row: side by side
    const before = await b2.getByTestId('translation').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await reader.getByTestId('font-larger').click();
    await expect
      .poll(() => b2.getByTestId('translation').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
      .toBeGreaterThan(before);
    await reader.getByTestId('font-smaller').click();
    await expect.poll(() => reader.getByTestId('comments-notice').getAttribute('data-state')).toBe('closed');
    await reader.screenshot({ path: join(DOCS, 'reader-seed.png') });
    expect(await seriousViolations(reader)).toEqual([]);

    await reader.setViewportSize({ width: 600, height: 900 });
    const [l2, r2] = await Promise.all([
      b2.locator('.original').boundingBox(),
      b2.getByTestId('translation').boundingBox(),
    ]);
    expect((r2?.y ?? 0) - (l2?.y ?? 0)).toBeGreaterThan(10); // stacked on a narrow window
    await reader.close();
  });
});

describe('the options page', () => {
  it('saves at once with a confirmation, says where text goes, and passes axe', async () => {
    const page = await env.ext.context.newPage();
    await page.setViewportSize({ width: 900, height: 1100 });
    await page.goto(`chrome-extension://${env.ext.id}/options.html`);
    await expect.poll(() => page.getByTestId('sends-to').textContent()).toContain('127.0.0.1');
    await page.getByLabel('Highlight people, places, organisations, dates and numbers').uncheck();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved');
    const stored = await env.ext.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { display: { highlightEntities: boolean } }).display.highlightEntities).toBe(false);
    await page.getByLabel('Highlight people, places, organisations, dates and numbers').check();
    await page.screenshot({ path: join(DOCS, 'options.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
