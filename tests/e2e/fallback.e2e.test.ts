import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../servers/fake-server';
import type { Fault } from '../servers/faults';
import { startGoogleServer } from '../servers/google-server';
import { startRetiredServer } from '../servers/gone-servers';
import { startMicrosoftServer } from '../servers/microsoft-server';
import { PopupPage } from './pages/popup-page';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type LoadedExtension } from './launch-extension';
import { SEED_EXPECTED_EN, SEED_UR, seedTranslate } from './seed-translation';

/**
 * The cloud providers' own protocols, served locally (the settings point Google and Microsoft at the fake servers):
 * `auto` falls back from Google to Microsoft only where the reader agreed to Microsoft, moves past a Google endpoint
 * that has changed or rate-limits for good at once, Microsoft's keyless endpoint needs no token, and a rate limit shows
 * how long the popup waits. The seed is Urdu → English, a pair Chromium has
 * no on-device model for, so `auto` means Google first.
 */
const ALL = SEED_EXPECTED_EN.length;
/** The Urdu behind SEED_EXPECTED_EN: title, subtitle, then the paragraphs. */
const SEED_BLOCKS_UR = [SEED_UR[0]!, SEED_UR[1]!, ...SEED_UR.slice(3, 15)];

let ext: LoadedExtension;
let pages: FixtureServer;
let google: FakeServer;
let ms: FakeServer;
/** Answers every request as a retired endpoint does: a 404 web page. */
let dead: FakeServer;

const googleCalls = () => google.requests.filter((r) => r.path === '/translate_a/t');
const microsoftCalls = () => ms.requests.filter((r) => r.path === '/translate/translatetext' && r.method === 'POST');
const microsoftTexts = () => microsoftCalls().flatMap((r) => JSON.parse(r.body) as string[]);

async function open(): Promise<PopupPage> {
  return PopupPage.open(ext, await ext.openTab(pages.url(SEED_PATH)));
}

/** By text, not by state: a block not (yet) being translated reads `done` too. */
async function expectAllTranslated(popup: PopupPage) {
  await expect
    .poll(async () => (await popup.blocks()).map((b) => b.text), { timeout: 40_000 })
    .toEqual(SEED_EXPECTED_EN);
}

const settings = (
  provider: 'auto' | 'google' | 'microsoft',
  consent: Record<string, boolean>,
  googleUrl = google.url,
) => ({
  targetLanguage: 'en',
  provider,
  consent,
  providers: { google: { url: googleUrl }, microsoft: { url: ms.url } },
});

beforeAll(async () => {
  pages = await startFixtureServer();
  google = await startGoogleServer({ translate: seedTranslate });
  ms = await startMicrosoftServer({ translate: seedTranslate });
  dead = await startRetiredServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([google?.close(), ms?.close(), dead?.close(), pages?.close()]);
});

beforeEach(async () => {
  // Each test starts uncached: a translation stored by an earlier test would hide the requests under test.
  await ext.clearTranslationCache();
  for (const server of [google, ms, dead]) {
    server.requests.length = 0;
    server.faults.length = 0;
  }
});

describe('auto: Google with Microsoft as fallback', () => {
  it.each<[string, Fault]>([
    ['503 on every request', { type: 'server-error', status: 503 }],
    ['every connection reset', { type: 'reset' }],
  ])('Google down (%s) → every block translated by Microsoft', async (_, fault) => {
    google.fail(fault, 100);
    await ext.setSettings(settings('auto', { google: true, microsoft: true }));
    const popup = await open();
    await expectAllTranslated(popup);
    // Google was tried, with its retries (3 attempts per batch), before anything went to Microsoft.
    expect(googleCalls().length).toBeGreaterThanOrEqual(3);
    expect(google.faults.length).toBe(100 - googleCalls().length);
    expect(googleCalls()[0]!.query.get('sl')).toBe('ur');
    // Microsoft got each block exactly once, as Urdu → English, on the keyless endpoint: no token, no key.
    expect(
      microsoftTexts()
        .map((t) => t.trim())
        .toSorted(),
    ).toEqual(SEED_BLOCKS_UR.toSorted());
    for (const call of microsoftCalls()) {
      expect(call.query.get('from')).toBe('ur');
      expect(call.query.get('to')).toBe('en');
      expect(call.headers.authorization).toBeUndefined();
    }
    await popup.close();
  });

  it('without consent to Microsoft nothing falls back: the blocks show the Google error', async () => {
    google.fail({ type: 'server-error', status: 503 }, 100);
    await ext.setSettings(settings('auto', { google: true }));
    const popup = await open();
    await expect.poll(() => popup.count('error'), { timeout: 40_000 }).toBe(ALL);
    for (const block of await popup.blocks()) expect(block.error).toMatch(/Google Translate had a problem \(503\)/);
    expect(googleCalls().length).toBeGreaterThanOrEqual(3);
    expect(ms.requests).toHaveLength(0);
    expect(ms.preflights).toBe(0);
    await popup.close();
  });
});

describe('Microsoft chosen, without a key', () => {
  it('translates the seed completely on the keyless endpoint; the retired token endpoint is never asked', async () => {
    await ext.setSettings(settings('microsoft', { microsoft: true }));
    const popup = await open();
    await expectAllTranslated(popup);
    expect(ms.requests.some((r) => r.path === '/translate/auth')).toBe(false);
    expect(microsoftCalls().length).toBeGreaterThan(0);
    for (const call of microsoftCalls()) {
      expect(call.headers.authorization).toBeUndefined();
      expect(call.query.get('isEnterpriseClient')).toBe('false');
    }
    expect(googleCalls()).toHaveLength(0);
    await popup.close();
  });
});

describe('auto when Google stops answering for good', () => {
  it('a Google endpoint that answers a 404 page to everything: every block by Microsoft, at most two requests to it', async () => {
    await ext.setSettings(settings('auto', { google: true, microsoft: true }, dead.url));
    const popup = await open();
    await expectAllTranslated(popup);
    expect(dead.requests.length).toBeGreaterThan(0);
    expect(dead.requests.length).toBeLessThanOrEqual(2);
    expect(
      microsoftTexts()
        .map((t) => t.trim())
        .toSorted(),
    ).toEqual(SEED_BLOCKS_UR.toSorted());
    // Translating again (another target) goes straight to Microsoft: this popup does not ask the changed endpoint again.
    const before = dead.requests.length;
    await popup.page.getByTestId('target-language').selectOption('fr');
    await expect
      .poll(() => microsoftCalls().filter((r) => r.query.get('to') === 'fr').length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => popup.count('done'), { timeout: 20_000 }).toBe(ALL);
    expect(dead.requests.length).toBe(before);
    await popup.close();
  });

  it('Google answering 429 for good: every block by Microsoft at once, at most two requests to Google', async () => {
    google.fail('rate-limit', 100);
    await ext.setSettings(settings('auto', { google: true, microsoft: true }));
    const started = Date.now();
    const popup = await open();
    await expectAllTranslated(popup);
    expect(googleCalls().length).toBeLessThanOrEqual(2);
    // Not waited out: the rate limit is handed to the fallback without a backoff.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(
      microsoftTexts()
        .map((t) => t.trim())
        .toSorted(),
    ).toEqual(SEED_BLOCKS_UR.toSorted());
    await popup.close();
  });
});

describe('Google chosen', () => {
  it('429 with Retry-After: the popup says it waits, then shows the translations', async () => {
    google.fail({ type: 'rate-limit', retryAfter: '3' });
    await ext.setSettings(settings('google', { google: true }));
    const started = Date.now();
    const popup = await open();
    const notice = popup.page.getByTestId('notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toMatch(/^Google Translate refused the request \(rate limit\) — retrying in [34] seconds$/);
    // While it waits, the batch that was not refused is already shown and the refused one is still pending.
    expect(await popup.count('pending')).toBeGreaterThan(0);
    await expectAllTranslated(popup);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
    await expect.poll(() => notice.count()).toBe(0);
    expect(googleCalls().length).toBe(3); // two batches, one of them sent twice
    expect(ms.requests).toHaveLength(0);
    await popup.close();
  });

  // A 503 backoff is not a rate limit: the notice follows the router's reason for waiting.
  it('the waiting notice does not call a server error a rate limit', async () => {
    google.fail({ type: 'server-error', status: 503 }, 2);
    await ext.setSettings(settings('google', { google: true }));
    const popup = await open();
    const seen = new Set<string>();
    const watch = setInterval(() => {
      popup.page
        .getByTestId('notice')
        .allTextContents()
        .then((texts) => texts.forEach((text) => seen.add(text)))
        .catch(() => undefined);
    }, 50);
    try {
      await expectAllTranslated(popup);
      expect(seen.size).toBeGreaterThan(0);
      for (const text of seen) expect(text).toMatch(/^Google Translate had a problem — retrying in \d+ seconds?$/);
    } finally {
      clearInterval(watch);
      await popup.close();
    }
  });
});
