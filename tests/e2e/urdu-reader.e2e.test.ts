import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer } from '../servers/fake-server';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { seriousViolations } from './accessibility';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';
import { SEED_UR, seedTranslate } from './seed-translation';

let ext: LoadedExtension;
let pages: FixtureServer;
let lt: FakeServer;

beforeAll(async () => {
  pages = await startFixtureServer();
  lt = await startLibreTranslateServer({ translate: seedTranslate, languages: ['ur', 'en'] });
  // An Urdu reader: the browser's interface language is Urdu, and nothing is configured but the server.
  ext = await launchExtension(undefined, { locale: 'ur' });
  await ext.setSettings({ provider: 'libretranslate', providers: { libretranslate: { url: lt.url } } });
});

afterAll(async () => {
  await ext?.close();
  await lt?.close();
  await pages?.close();
});

describe('an Urdu reader on an English article', () => {
  it('gets the article in Urdu, right-to-left, in an interface laid out right-to-left', async () => {
    const tabId = await ext.openTab(pages.url('/pages/seed-en.html'));
    const popup = await ext.openPopup(tabId);
    await expect
      .poll(() => popup.locator('[data-testid="block"][data-state="done"]').count(), { timeout: 30_000 })
      .toBe(14);
    expect(await popup.locator('main').getAttribute('dir')).toBe('rtl');
    expect(await popup.getByTestId('source-language').getAttribute('data-lang')).toBe('en');
    const b2 = popup.locator('[data-block-id="b2"] [data-testid="translation"]');
    expect(await b2.textContent()).toBe(SEED_UR[3]);
    expect(await b2.getAttribute('lang')).toBe('ur');
    expect(await b2.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await popup.getByTestId('comments-notice').getAttribute('data-state')).toBe('open');
    expect(await popup.getByTestId('comments-notice').textContent()).toContain('تبصرے کھلے ہیں');
    await expect
      .poll(() => popup.locator('[data-testid="translation"] mark').count(), { timeout: 15_000 })
      .toBeGreaterThan(5);
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-urdu-reader.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});
