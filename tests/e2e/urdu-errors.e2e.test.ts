import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplServer } from '../servers/deepl-server';
import type { FakeServer } from '../servers/fake-server';
import { closedAddress, startRetiredServer } from '../servers/gone-servers';
import { startGoogleServer } from '../servers/google-server';
import { blocksOf } from './popup-blocks';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';

/**
 * An Urdu interface (Chromium started with `--lang=ur`, which serves the Urdu catalogue while `getUILanguage()` still
 * says en-US): whatever goes wrong, every block says it in Urdu, and the popup is laid out right to left.
 */
let ext: LoadedExtension;
let pages: FixtureServer;
let google: FakeServer;
let deepl: FakeServer;
let retired: FakeServer;
let closedUrl = '';

beforeAll(async () => {
  pages = await startFixtureServer();
  google = await startGoogleServer();
  deepl = await startDeeplServer({ apiKey: 'the-right-key:fx' });
  retired = await startRetiredServer();
  closedUrl = await closedAddress();
  ext = await launchExtension(undefined, { locale: 'ur' });
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([google?.close(), deepl?.close(), retired?.close(), pages?.close()]);
});

/** Latin words of three letters or more, other than names and codes quoted as they are. */
const ENGLISH_WORD = /\b(?!HTTP\b|API\b|DeepL\b|LibreTranslate\b)[A-Za-z]{3,}\b/;

async function errorsFor(settings: Record<string, unknown>, shot?: string) {
  await ext.clearTranslationCache();
  await ext.setSettings({ targetLanguage: 'en', ...settings });
  const popup = await ext.openPopup(await ext.openTab(pages.url(SEED_PATH)));
  await expect
    .poll(
      async () => {
        const blocks = await blocksOf(popup);
        return blocks.length > 0 && blocks.every((b) => b.state === 'error');
      },
      { timeout: 45_000 },
    )
    .toBe(true);
  const errors = (await blocksOf(popup)).map((b) => b.error ?? '');
  expect(await popup.locator('main').getAttribute('dir')).toBe('rtl');
  expect(await popup.locator('main').getAttribute('lang')).toBe('ur');
  expect(await popup.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  if (shot) await popup.screenshot({ path: join(ARTIFACTS_DIR, shot) });
  await popup.close();
  return errors;
}

function expectUrdu(errors: string[], includes: string) {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error).toContain(includes);
    expect(error.replace(/\S*[:.=*/]\S*/g, '')).not.toMatch(ENGLISH_WORD);
  }
}

describe('errors in an Urdu interface', () => {
  it('a free service that has changed', async () => {
    const errors = await errorsFor(
      { provider: 'google', consent: { google: true }, providers: { google: { url: retired.url } } },
      'popup-urdu-service-changed.png',
    );
    expectUrdu(errors, 'گوگل ترجمہ کی مفت سروس بدل گئی ہے');
  });

  it('a rate limit that does not pass', async () => {
    google.fail({ type: 'rate-limit', retryAfter: '1' }, 100);
    const errors = await errorsFor({
      provider: 'google',
      consent: { google: true },
      providers: { google: { url: google.url } },
    });
    google.faults.length = 0;
    expectUrdu(errors, 'حد سے زیادہ درخواستیں');
  });

  it('a service that cannot be reached', async () => {
    const errors = await errorsFor({ provider: 'libretranslate', providers: { libretranslate: { url: closedUrl } } });
    expectUrdu(errors, 'رسائی نہیں ہو سکی');
  });

  it('offline', async () => {
    await ext.context.setOffline(true);
    try {
      const errors = await errorsFor({
        provider: 'google',
        consent: { google: true },
        providers: { google: { url: google.url } },
      });
      expectUrdu(errors, 'آف لائن');
    } finally {
      await ext.context.setOffline(false);
    }
  });

  it('a key that is refused', async () => {
    const errors = await errorsFor({
      provider: 'deepl',
      consent: { deepl: true },
      providers: { deepl: { apiKey: 'a-wrong-key:fx', url: deepl.url } },
    });
    expectUrdu(errors, 'کلید رد کر دی');
  });
});
