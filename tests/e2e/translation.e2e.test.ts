import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { blocksOf } from './popup-blocks';
import { useSeedThroughLibreTranslate } from './seed-libretranslate';
import { SEED_EXPECTED_EN } from './seed-translation';

const env = useSeedThroughLibreTranslate();

async function waitAllDone(popup: Page) {
  await expect
    .poll(async () => (await blocksOf(popup)).filter((b) => b.state === 'done').length, { timeout: 30_000 })
    .toBe(14);
}

describe('the seed article, translated through a LibreTranslate server', () => {
  it('shows every block in English, in order, in at most two requests; a reopened popup renders from cache', async () => {
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await env.ext.openPopup(tabId);
    await waitAllDone(popup);
    const blocks = await blocksOf(popup);
    expect(blocks.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(blocks.map((b) => b.id)).toEqual(SEED_EXPECTED_EN.map((_, i) => `b${i}`));
    const translateCalls = env.lt.requests.filter((r) => r.path === '/translate');
    expect(translateCalls.length).toBeGreaterThanOrEqual(1);
    expect(translateCalls.length).toBeLessThanOrEqual(2);
    expect(JSON.parse(translateCalls[0]!.body)).toMatchObject({ source: 'ur', target: 'en', format: 'text' });
    const translation = popup.locator('[data-block-id="b2"] [data-testid="translation"]');
    expect(await translation.getAttribute('lang')).toBe('en');
    expect(await translation.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-seed-translated.png') });
    await popup.close();

    const before = env.lt.requests.length;
    const again = await env.ext.openPopup(tabId);
    await waitAllDone(again);
    expect((await blocksOf(again)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(env.lt.requests.length).toBe(before);
    await again.close();
  });

  it('waits out a 429 with Retry-After and then shows the translation', async () => {
    env.lt.fail({ type: 'rate-limit', retryAfter: '1' }, 1);
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await env.ext.openPopup(tabId);
    await waitAllDone(popup);
    expect((await blocksOf(popup)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    const statuses = env.lt.requests.filter((r) => r.path === '/translate').length;
    expect(statuses).toBeGreaterThanOrEqual(2);
    await popup.close();
  });

  it('a provider that is down gives each block a clear error, and Retry works once it is back', async () => {
    env.lt.fail({ type: 'server-error', status: 503 }, 12);
    const tabId = await env.ext.openTab(env.pages.url(SEED_PATH));
    const popup = await env.ext.openPopup(tabId);
    await expect
      .poll(async () => (await blocksOf(popup)).filter((b) => b.state === 'error').length, { timeout: 40_000 })
      .toBe(14);
    const error = popup.locator('[data-block-id="b2"] .block-error');
    expect(await error.textContent()).toContain('LibreTranslate had a problem (503)');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-provider-down.png') });
    env.lt.faults.length = 0;
    await popup.getByRole('button', { name: 'Retry failed paragraphs' }).click();
    await waitAllDone(popup);
    expect((await blocksOf(popup)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    await popup.close();
  });
});
