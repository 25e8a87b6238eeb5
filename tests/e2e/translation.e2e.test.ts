import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import type { FakeServer } from '../servers/fake-server';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';
import { SEED_EXPECTED_EN, seedTranslate } from './seed-translation';

let ext: LoadedExtension;
let pages: FixtureServer;
let lt: FakeServer;

const translationsOf = (popup: Page) =>
  popup.locator('[data-testid="block"]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-block-id'),
      state: el.getAttribute('data-state'),
      text: el.querySelector('[data-testid="translation"]')?.textContent ?? null,
    })),
  );

async function waitAllDone(popup: Page) {
  await expect
    .poll(async () => (await translationsOf(popup)).filter((b) => b.state === 'done').length, { timeout: 30_000 })
    .toBe(14);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pages = await startFixtureServer();
  lt = await startLibreTranslateServer({ translate: seedTranslate, languages: ['ur', 'en'] });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await lt?.close();
  await pages?.close();
});

beforeEach(async () => {
  await ext.clearTranslationCache();
  await ext.setSettings({
    targetLanguage: 'en',
    provider: 'libretranslate',
    providers: { libretranslate: { url: lt.url } },
  });
  lt.requests.length = 0;
  lt.faults.length = 0;
});

describe('the seed article, translated through a LibreTranslate server', () => {
  it('shows every block in English, in order, in at most two requests; a reopened popup renders from cache', async () => {
    const tabId = await ext.openTab(pages.url(SEED_PATH));
    const popup = await ext.openPopup(tabId);
    await waitAllDone(popup);
    const blocks = await translationsOf(popup);
    expect(blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(blocks.map((b) => b.id)).toEqual(SEED_EXPECTED_EN.map((_, i) => `b${i}`));
    const translateCalls = lt.requests.filter((r) => r.path === '/translate');
    expect(translateCalls.length).toBeGreaterThanOrEqual(1);
    expect(translateCalls.length).toBeLessThanOrEqual(2);
    expect(JSON.parse(translateCalls[0]!.body)).toMatchObject({ source: 'ur', target: 'en', format: 'text' });
    const translation = popup.locator('[data-block-id="b2"] [data-testid="translation"]');
    expect(await translation.getAttribute('lang')).toBe('en');
    expect(await translation.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-seed-translated.png') });
    await popup.close();

    const before = lt.requests.length;
    const again = await ext.openPopup(tabId);
    await waitAllDone(again);
    expect((await translationsOf(again)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(lt.requests.length).toBe(before);
    await again.close();
  });

  it('waits out a 429 with Retry-After and then shows the translation', async () => {
    lt.fail({ type: 'rate-limit', retryAfter: '1' }, 1);
    const tabId = await ext.openTab(pages.url(SEED_PATH));
    const popup = await ext.openPopup(tabId);
    await waitAllDone(popup);
    expect((await translationsOf(popup)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    const statuses = lt.requests.filter((r) => r.path === '/translate').length;
    expect(statuses).toBeGreaterThanOrEqual(2);
    await popup.close();
  });

  it('a provider that is down gives each block a clear error, and Retry works once it is back', async () => {
    lt.fail({ type: 'server-error', status: 503 }, 12);
    const tabId = await ext.openTab(pages.url(SEED_PATH));
    const popup = await ext.openPopup(tabId);
    await expect
      .poll(async () => (await translationsOf(popup)).filter((b) => b.state === 'error').length, { timeout: 40_000 })
      .toBe(14);
    const error = popup.locator('[data-block-id="b2"] .block-error');
    expect(await error.textContent()).toContain('LibreTranslate had a problem (503)');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-provider-down.png') });
    lt.faults.length = 0;
    await popup.getByRole('button', { name: 'Retry failed paragraphs' }).click();
    await waitAllDone(popup);
    expect((await translationsOf(popup)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    await popup.close();
  });
});
