import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../servers/fake-server';
import type { Fault } from '../servers/faults';
import { startGoogleServer } from '../servers/google-server';
import { startMicrosoftServer, type MicrosoftServer } from '../servers/microsoft-server';
import { PopupPage } from './pages/popup-page';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type LoadedExtension } from './launch-extension';
import { SEED_EXPECTED_EN, SEED_UR, seedTranslate } from './seed-translation';

/**
 * The cloud providers' own protocols, served locally (the settings point Google and Microsoft at the fake servers):
 * `auto` falls back from Google to Microsoft only where the reader agreed to Microsoft, an expired Edge token is
 * refreshed once, and a rate limit shows how long the popup waits. The seed is Urdu → English, a pair Chromium has
 * no on-device model for, so `auto` means Google first.
 */
const ALL = SEED_EXPECTED_EN.length;
/** The Urdu behind SEED_EXPECTED_EN: title, subtitle, then the paragraphs. */
const SEED_BLOCKS_UR = [SEED_UR[0]!, SEED_UR[1]!, ...SEED_UR.slice(3, 15)];

let ext: LoadedExtension;
let pages: FixtureServer;
let google: FakeServer;
let ms: MicrosoftServer;

const googleCalls = () => google.requests.filter((r) => r.path === '/translate_a/t');
const microsoftCalls = () => ms.requests.filter((r) => r.path === '/translate' && r.method === 'POST');
const microsoftTexts = () =>
  microsoftCalls().flatMap((r) => (JSON.parse(r.body) as { Text: string }[]).map((i) => i.Text));

async function open(): Promise<PopupPage> {
  return PopupPage.open(ext, await ext.openTab(pages.url(SEED_PATH)));
}

/** By text, not by state: a block not (yet) being translated reads `done` too. */
async function expectAllTranslated(popup: PopupPage) {
  await expect
    .poll(async () => (await popup.blocks()).map((b) => b.text), { timeout: 40_000 })
    .toEqual(SEED_EXPECTED_EN);
}

const settings = (provider: 'auto' | 'google' | 'microsoft', consent: Record<string, boolean>) => ({
  targetLanguage: 'en',
  provider,
  consent,
  providers: {
    google: { url: google.url },
    microsoft: { authUrl: `${ms.url}/translate/auth`, apiUrl: ms.url },
  },
});

beforeAll(async () => {
  pages = await startFixtureServer();
  google = await startGoogleServer({ translate: seedTranslate });
  ms = await startMicrosoftServer({ translate: seedTranslate });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([google?.close(), ms?.close(), pages?.close()]);
});

beforeEach(async () => {
  // Each test starts uncached: a translation stored by an earlier test would hide the requests under test.
  await ext.clearTranslationCache();
  for (const server of [google, ms]) {
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
    // Microsoft got each block exactly once, as Urdu → English, with an Edge token.
    expect(
      microsoftTexts()
        .map((t) => t.trim())
        .toSorted(),
    ).toEqual(SEED_BLOCKS_UR.toSorted());
    for (const call of microsoftCalls()) {
      expect(call.query.get('from')).toBe('ur');
      expect(call.query.get('to')).toBe('en');
      expect(call.headers.authorization).toMatch(/^Bearer \S+$/);
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

describe('Microsoft chosen', () => {
  it('an expired Edge token on the first request: one fresh token, every block translated', async () => {
    const tokensBefore = ms.tokensIssued;
    ms.fail('expired-token');
    await ext.setSettings(settings('microsoft', { microsoft: true }));
    const popup = await open();
    await expectAllTranslated(popup);
    expect(ms.tokensIssued - tokensBefore).toBe(2);
    // Two batches, the refused one sent again once, with the second token.
    expect(microsoftCalls()).toHaveLength(3);
    expect(new Set(microsoftCalls().map((r) => r.headers.authorization)).size).toBe(2);
    expect(googleCalls()).toHaveLength(0);
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
      .toMatch(/^Google Translate refused the request \(rate limit\) — retrying in [34] s$/);
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
      for (const text of seen) expect(text).toMatch(/^Google Translate had a problem — retrying in \d+ s$/);
    } finally {
      clearInterval(watch);
      await popup.close();
    }
  });
});
