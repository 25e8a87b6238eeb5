import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryTranslate } from '../servers/faults';
import type { FakeServer } from '../servers/fake-server';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';
import { SEED_EN } from './seed-translation';

// Persian has no recogniser of its own: the English article's people and places are found again in the Persian
// translation. The two Persian paragraphs were written for this test.
const PERSIAN = new Map([
  [SEED_EN[3]!, 'مسکو: ابراهیم رئیسی، رئیس‌جمهور ایران، روز پنجشنبه برای یک سفر رسمی وارد مسکو شد.'],
  [
    SEED_EN[6]!,
    'رئیسی در کرملین با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار می‌کند. دمیتری پسکوف، سخنگوی کرملین، به خبرنگاران گفت که دو رهبر بیانیه‌ای به مطبوعات نخواهند داد.',
  ],
]);

let ext: LoadedExtension;
let pages: FixtureServer;
let lt: FakeServer;

beforeAll(async () => {
  pages = await startFixtureServer();
  lt = await startLibreTranslateServer({ translate: dictionaryTranslate(PERSIAN), languages: ['en', 'fa'] });
  ext = await launchExtension();
  await ext.setSettings({
    targetLanguage: 'fa',
    provider: 'libretranslate',
    providers: { libretranslate: { url: lt.url } },
  });
});

afterAll(async () => {
  await ext?.close();
  await lt?.close();
  await pages?.close();
});

describe('a Persian reader on an English article', () => {
  it('sees the article’s people and places marked in the Persian translation', async () => {
    const tabId = await ext.openTab(pages.url('/pages/seed-en.html'));
    const popup = await ext.openPopup(tabId);
    const marks = popup.locator('[data-testid="translation"] mark[data-entity-type]');
    await expect.poll(() => marks.count(), { timeout: 30_000 }).toBeGreaterThan(3);
    const marked = await marks.evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-entity-type')}:${el.textContent}`),
    );
    expect(marked).toEqual(expect.arrayContaining(['person:ابراهیم رئیسی', 'place:مسکو', 'person:ولادیمیر پوتین']));
    const chips = await popup.getByTestId('entity-chip').allTextContents();
    expect(chips.some((chip) => chip.includes('ابراهیم رئیسی'))).toBe(true);
    await popup.locator('[data-block-id="b2"]').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-persian-reader.png') });
    await popup.close();
  });
});
