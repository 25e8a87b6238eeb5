import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fault, FaultType } from '../servers/faults';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { SEED_PATH } from './fixture-server';
import { ARTIFACTS_DIR } from './launch-extension';
import { PopupPage } from './pages/popup-page';
import { useSeedThroughLibreTranslate } from './seed-libretranslate';
import { SEED_EXPECTED_EN } from './seed-translation';

/**
 * A provider that fails in every way it can: each block says what went wrong and offers Retry; what was translated
 * stays; what failed is not cached; the popup keeps answering the reader while requests hang.
 * The seed (14 blocks) goes out as two LibreTranslate requests: the opening blocks, then the rest.
 */
const ALL = SEED_EXPECTED_EN.length;
/** A queue entry that changes nothing, to let the first request through and fault the second. */
const PASS = { type: 'pass' as FaultType } satisfies Fault;

const env = useSeedThroughLibreTranslate();

const waitFor = (popup: PopupPage, state: 'done' | 'error', n: number, timeout = 40_000) =>
  expect.poll(() => popup.count(state), { timeout }).toBe(n);
const translateCalls = () => env.lt.requests.filter((r) => r.path === '/translate');
const sentTexts = (from = 0) =>
  translateCalls()
    .slice(from)
    .flatMap((r) => (JSON.parse(r.body) as { q: string[] }).q);

async function open(): Promise<PopupPage> {
  return PopupPage.open(env.ext, await env.ext.openTab(env.pages.url(SEED_PATH)));
}

async function expectAllTranslated(popup: PopupPage) {
  expect((await popup.waitTranslated(ALL)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
}

describe('passing failures are retried away', () => {
  it.each<[string, Fault[]]>([
    ['429 without Retry-After', [{ type: 'rate-limit' }]],
    ['429 with Retry-After', [{ type: 'rate-limit', retryAfter: '1' }]],
    [
      '500 then 502',
      [
        { type: 'server-error', status: 500 },
        { type: 'server-error', status: 502 },
      ],
    ],
    ['a reset connection', [{ type: 'reset' }]],
    ['a malformed answer', [{ type: 'malformed' }]],
    ['a wrong item count', [{ type: 'wrong-count' }]],
  ])('%s: every block ends translated', async (_, faults) => {
    for (const fault of faults) env.lt.fail(fault);
    const popup = await open();
    await expectAllTranslated(popup);
    expect(translateCalls().length).toBeGreaterThan(faults.length);
    await popup.close();
  });
});

describe('lasting failures', () => {
  it.each<[string, Fault, RegExp]>([
    ['503', { type: 'server-error', status: 503 }, /LibreTranslate had a problem \(503\)/],
    ['quota', { type: 'quota' }, /LibreTranslate quota is used up/],
    ['malformed', { type: 'malformed' }, /LibreTranslate answered with something unexpected/],
    ['forbidden', { type: 'forbidden' }, /LibreTranslate needs an API key: add yours in the options/],
  ])(
    '%s: the blocks done before it stay done, the rest say why, and Retry recovers them',
    async (_, fault, message) => {
      env.lt.fail(PASS);
      env.lt.fail(fault, 30);
      const popup = await open();
      const blocks = await popup.waitSettled();
      const done = blocks.filter((b) => b.state === 'done');
      const failed = blocks.filter((b) => b.state === 'error');
      expect(done.length).toBeGreaterThan(0);
      expect(failed.length).toBeGreaterThan(0);
      for (const b of done) expect(b.text).toBe(SEED_EXPECTED_EN[Number(b.id.slice(1))]);
      for (const b of failed) expect(b.error).toMatch(message);
      await popup.page.screenshot({ path: join(ARTIFACTS_DIR, `popup-fail-${fault.type}.png`) });

      // One block's own Retry, then the rest together; what was done is not sent again.
      env.lt.faults.length = 0;
      const before = translateCalls().length;
      await popup.retryBlock(failed[0]!.id);
      await expect.poll(() => popup.stateOf(failed[0]!.id)).toBe('done');
      await popup.retryFailed();
      await expectAllTranslated(popup);
      expect(sentTexts(before).length).toBe(failed.length);
      await popup.close();
    },
  );

  it('a failed block is not cached: reopening sends it again, and only it', async () => {
    env.lt.fail(PASS);
    env.lt.fail('quota', 30);
    const first = await open();
    await first.waitSettled();
    const failed = await first.count('error');
    expect(failed).toBeGreaterThan(0);
    await first.close();

    env.lt.faults.length = 0;
    const before = translateCalls().length;
    const again = await open();
    await expectAllTranslated(again);
    expect(sentTexts(before).length).toBe(failed);
    await again.close();
  });

  it('offline (the server is gone): every block says it could not reach LibreTranslate', async () => {
    const gone = await startLibreTranslateServer({ languages: ['ur', 'en'] });
    const url = gone.url;
    await gone.close();
    await env.ext.setSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url } },
    });
    const popup = await open();
    await waitFor(popup, 'error', ALL);
    const blocks = await popup.blocks();
    for (const b of blocks) expect(b.error).toMatch(/Couldn't reach LibreTranslate/);
    expect(await popup.page.getByRole('button', { name: 'Retry failed paragraphs' }).isVisible()).toBe(true);
    await popup.close();
  });
});

describe('a hung connection', () => {
  it('freezes nothing: the other blocks arrive, the hung ones stay pending with their original, the view still switches', async () => {
    env.lt.fail('hang');
    const popup = await open();
    // LibreTranslate's timeout is 60 s (three attempts): far longer than this test waits.
    await expect.poll(() => popup.count('done'), { timeout: 20_000 }).toBeGreaterThan(0);
    const pending = (await popup.blocks()).filter((b) => b.state === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length + (await popup.count('done'))).toBe(ALL);
    // Each pending block still shows its original text.
    for (const b of pending) {
      expect(await popup.page.locator(`[data-block-id="${b.id}"] .original`).textContent()).toBeTruthy();
    }
    // Ten seconds without news: the reader is told the popup is still waiting, not frozen.
    await expect
      .poll(() => popup.page.getByTestId('notice').textContent(), { timeout: 20_000 })
      .toMatch(/^Still waiting for LibreTranslate \(\d+ seconds\)/);
    await popup.page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-still-waiting.png') });
    const started = Date.now();
    await popup.page.getByTestId('display-original').click();
    await expect.poll(() => popup.page.getByTestId('display-original').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => popup.page.getByTestId('translation').count()).toBe(0);
    await popup.page.getByTestId('display-translation').click();
    await expect.poll(() => popup.page.getByTestId('translation').count()).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await popup.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(true))))).toBe(true);
    await popup.close();
  });
});

// `auto` (Google with Microsoft as fallback), Microsoft's token refresh and Google's rate-limit notice run against
// their own protocols' fake servers in fallback.e2e.test.ts.
