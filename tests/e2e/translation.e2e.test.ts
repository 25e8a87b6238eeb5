import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { PopupPage } from './pages/popup-page';
import { useSeedThroughLibreTranslate } from './seed-libretranslate';
import { SEED_EXPECTED_EN } from './seed-translation';

const env = useSeedThroughLibreTranslate();

/** The highlighted words of the translation, with their types, in reading order. */
const marksOf = (page: Page) =>
  page
    .locator('[data-testid="translation"] mark[data-entity-type]')
    .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-entity-type')}:${el.textContent}`));

describe('the seed article, translated through a LibreTranslate server', () => {
  it('shows every block in English, in order, in at most two requests; a reopened popup renders from cache', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await PopupPage.open(env.ext, tabId);
    const blocks = await popup.waitTranslated(14);
    expect(blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(blocks.map((b) => b.id)).toEqual(SEED_EXPECTED_EN.map((_, i) => `b${i}`));
    const translateCalls = env.lt.requests.filter((r) => r.path === '/translate');
    expect(translateCalls.length).toBeGreaterThanOrEqual(1);
    expect(translateCalls.length).toBeLessThanOrEqual(2);
    expect(JSON.parse(translateCalls[0]!.body)).toMatchObject({ source: 'ur', target: 'en', format: 'text' });
    const translation = popup.page.locator('[data-block-id="b2"] [data-testid="translation"]');
    expect(await translation.getAttribute('lang')).toBe('en');
    expect(await translation.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await popup.page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-seed-translated.png') });
    await expect.poll(() => marksOf(popup.page).then((marks) => marks.length)).toBeGreaterThan(20);
    const highlighted = await marksOf(popup.page);
    await popup.close();

    const before = env.lt.requests.length;
    const again = await PopupPage.open(env.ext, tabId);
    expect((await again.waitTranslated(14)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(env.lt.requests.length).toBe(before);
    await again.close();

    // Without the session the popup left (a new browser session), the translations come from IndexedDB.
    await env.ext.worker.evaluate(() => chrome.storage.session.clear());
    const fresh = await PopupPage.open(env.ext, tabId);
    expect((await fresh.waitTranslated(14)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(env.lt.requests.length).toBe(before);
    // …and the highlights are the ones found the first time, kept on the device with the translation.
    await expect.poll(() => marksOf(fresh.page)).toEqual(highlighted);
    const kept = await fresh.page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(kept).toContain('tarjuma-entities');
    await fresh.close();

    // The options say what is kept, and "Clear saved translations" empties both stores.
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.id}/options.html`);
    await expect
      .poll(() => options.getByTestId('cache-count').textContent())
      .toMatch(/^\s*1[45] translated paragraphs are saved on this device, with the people, places and organisations/);
    await options.getByRole('button', { name: 'Clear saved translations' }).click();
    await expect.poll(() => options.getByTestId('cache-count').textContent()).toMatch(/^\s*0 translated paragraphs/);
    const counts = await options.evaluate(async () => {
      const countOf = (name: string) =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open(name);
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('translations').objectStore('translations').count();
            request.onsuccess = () => (db.close(), done(request.result));
          };
        });
      return [await countOf('tarjuma-translations'), await countOf('tarjuma-entities')];
    });
    expect(counts).toEqual([0, 0]);
    await options.close();
  });

  it('waits out a 429 with Retry-After and then shows the translation', async () => {
    env.lt.fail({ type: 'rate-limit', retryAfter: '1' }, 1);
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await PopupPage.open(env.ext, tabId);
    expect((await popup.waitTranslated(14)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    const statuses = env.lt.requests.filter((r) => r.path === '/translate').length;
    expect(statuses).toBeGreaterThanOrEqual(2);
    await popup.close();
  });

  it('a provider that is down gives each block a clear error, and Retry works once it is back', async () => {
    env.lt.fail({ type: 'server-error', status: 503 }, 12);
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await PopupPage.open(env.ext, tabId);
    expect((await popup.waitSettled()).filter((b) => b.state === 'error')).toHaveLength(14);
    expect(await popup.errorOf('b2')).toContain('LibreTranslate had a problem (503)');
    await popup.page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-provider-down.png') });
    env.lt.faults.length = 0;
    await popup.retryFailed();
    expect((await popup.waitTranslated(14)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    await popup.close();
  });
});
