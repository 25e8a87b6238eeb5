import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/types';
import type { FakeServer } from '../servers/fake-server';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { seedTranslate } from './seed-translation';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';

/**
 * Page text and provider answers are data: whatever markup they carry must reach the reader as the characters it is
 * made of, and nothing in them may run, load or navigate in the extension's own pages.
 */
const PAGE = '/hostile/payloads.html';
const LONG_WORD = 'W'.repeat(100_000);
/** What the page's text says, decoded: each must show as these exact characters. */
const PAYLOAD_TEXTS = [
  "<script>alert('popup-title')</script>",
  "<img src=x onerror=alert('popup-img')>",
  "<svg onload=alert('popup-svg')>",
  "javascript:alert('popup-js')",
  "data:text/html,<script>alert('popup-data')</script>",
  '</style><style>body{display:none}</style>',
  '\u202Egnp.exe',
  '&lt;b&gt;',
];
/** A provider that answers with markup (a compromised or careless server). */
const HOSTILE_ANSWER = (text: string) =>
  /^W+$/.test(text)
    ? text
    : `<b onmouseover="alert('lt-hover')">${text}</b><script>alert('lt-script')</script><img src=x onerror=alert('lt-img')>`;

let ext: LoadedExtension;
let pages: FixtureServer;
let lt: FakeServer;
let generated: string;
const requests: string[] = [];
const dialogs: string[] = [];

/** Console errors and uncaught exceptions of one extension page. */
function watch(popup: Page): string[] {
  const problems: string[] = [];
  popup.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  popup.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Elements and attributes that only markup could have made: none may exist in an extension page. */
const injectedMarkup = (popup: Page) =>
  popup.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^\s*(javascript|data):/i.test(href)) found.push(`${el.tagName}[href=${href.slice(0, 30)}]`);
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src || script.textContent?.trim()) found.push(`inline script: ${script.textContent?.slice(0, 40)}`);
    }
    const article = document.querySelectorAll(
      ':is([data-testid="block"], [data-testid="article-title"], .meta) :is(script, img, svg, iframe, style, object, embed, b, link)',
    );
    // The "show on page" button's icon is the extension's own markup, beside each block: not the page's.
    for (const el of article)
      if (!el.closest('.show-on-page')) found.push(`in the article: <${el.tagName.toLowerCase()}>`);
    return found;
  });

const blockStates = (popup: Page) =>
  popup.locator('[data-testid="block"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // Pages too large to commit are written at test time.
  generated = mkdtempSync(join(tmpdir(), 'tarjuma-hostile-'));
  const sentence = 'The committee met again on Thursday and agreed on the budget for the coming year. ';
  writeFileSync(
    join(generated, 'long-word.html'),
    `<!doctype html><html lang="en"><head><title>A very long word</title></head><body><article><h1>A very long word</h1>` +
      `<p>${sentence.repeat(4)}</p><p>Before ${LONG_WORD} after.</p><p>${sentence.repeat(5)}</p></article></body></html>`,
  );
  pages = await startFixtureServer({ '/generated/': generated });
  lt = await startLibreTranslateServer({ translate: HOSTILE_ANSWER, languages: ['en', 'ur'] });
  ext = await launchExtension();
  ext.context.on('request', (req) => requests.push(req.url()));
  ext.context.on('page', (page) => page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
});

afterAll(async () => {
  await ext?.close();
  await lt?.close();
  await pages?.close();
  if (generated) rmSync(generated, { recursive: true, force: true });
});

beforeEach(async () => {
  await ext.setSettings({
    targetLanguage: 'ur',
    provider: 'libretranslate',
    providers: { libretranslate: { url: lt.url } },
  });
  requests.length = 0;
  dialogs.length = 0;
});

describe('a hostile page and a hostile provider', () => {
  it('extraction leaves the page exactly as it was', async () => {
    const url = pages.url(PAGE);
    const tabId = await ext.openTab(url);
    const tab = await ext.pageOf(url);
    const before = await tab.evaluate(() => document.documentElement.outerHTML);
    const result = await ext.worker.evaluate(async (id) => {
      const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['extract.js'] });
      return frame?.result as ExtractResult;
    }, tabId);
    expect(result.ok).toBe(true);
    expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    if (!result.ok) return;
    const text = result.article.blocks.map((b) => b.text).join('\n');
    for (const payload of PAYLOAD_TEXTS.filter((p) => !p.includes('popup-title'))) expect(text).toContain(payload);
    // The page's own script and svg text are not article text.
    expect(text).not.toContain('__articleScriptRan');
    expect(text).not.toContain('svg text stays out');
    await tab.close();
  });

  it('shows markup from the page and from the provider as text; nothing runs, loads or leaves 127.0.0.1', async () => {
    const tabId = await ext.openTab(pages.url(PAGE));
    const popup = await ext.openPopup(tabId);
    const problems = watch(popup);
    await expect
      .poll(async () => (await blockStates(popup)).filter((s) => s === 'done').length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(6);
    expect((await blockStates(popup)).every((s) => s === 'done')).toBe(true);

    const title = await popup.getByTestId('article-title').textContent();
    expect(title).toContain("<script>alert('popup-title')</script>");
    const translations = (await popup.getByTestId('translation').allTextContents()).join('\n');
    for (const payload of PAYLOAD_TEXTS) expect(translations).toContain(payload);
    expect(translations).toContain(`<script>alert('lt-script')</script>`);
    expect(translations).toContain(`<img src=x onerror=alert('lt-img')>`);

    // Hover everything (an onmouseover would fire), then look at the originals too.
    for (const block of await popup.getByTestId('block').all()) await block.hover();
    await popup.getByTestId('display-side-by-side').click();
    const originals = (await popup.locator('[data-testid="block"] .original').allTextContents()).join('\n');
    for (const payload of PAYLOAD_TEXTS.filter((p) => !p.includes('popup-title'))) expect(originals).toContain(payload);
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-hostile.png') });

    expect(await injectedMarkup(popup)).toEqual([]);
    expect(dialogs.filter((d) => !d.startsWith('page-'))).toEqual([]);
    expect(problems).toEqual([]);
    const allowed = /^(http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:font|blob:chrome-extension)/;
    expect(requests.filter((url) => !allowed.test(url))).toEqual([]);
    // The popup asked nothing of the page's origin (e.g. no <img src=x> resolved against it).
    const fromPopupToPage = requests.filter((url) => url.startsWith(pages.origin) && !url.includes('/hostile/'));
    expect(fromPopupToPage).toEqual([]);
    await popup.close();
  });

  it('a 100,000-character word is kept whole and does not stretch the popup sideways', async () => {
    const tabId = await ext.openTab(pages.url('/generated/long-word.html'));
    const popup = await ext.openPopup(tabId);
    const problems = watch(popup);
    await expect
      .poll(async () => (await blockStates(popup)).filter((s) => s === 'done').length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    // Cut into request-sized parts on the way out; every character comes back, in order.
    const translations = (await popup.getByTestId('translation').allTextContents()).join('\n');
    expect(translations.replace(/\s+/g, '')).toContain(LONG_WORD);
    await popup.getByTestId('display-original').click();
    expect((await popup.locator('[data-testid="block"] .original').allTextContents()).join('\n')).toContain(LONG_WORD);
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await popup.close();
  });
});

describe('keys and consent', () => {
  const KEY = 'lt-key-5e2f9b1c-PRIVATE';

  it('a LibreTranslate key goes only to that server: not to the page, the console, or the popup, even on errors', async () => {
    const keyed = await startLibreTranslateServer({ translate: seedTranslate, languages: ['ur', 'en'], apiKey: KEY });
    const carriers: string[] = [];
    const onRequest = (req: { url(): string; postData(): string | null; headers(): Record<string, string> }) => {
      if (`${req.url()} ${req.postData() ?? ''} ${JSON.stringify(req.headers())}`.includes(KEY))
        carriers.push(req.url());
    };
    ext.context.on('request', onRequest);
    try {
      await ext.setSettings({
        targetLanguage: 'en',
        provider: 'libretranslate',
        providers: { libretranslate: { url: keyed.url, apiKey: KEY } },
      });
      keyed.fail({ type: 'server-error', status: 500 }, 1);
      keyed.fail('forbidden', 30);
      const tabId = await ext.openTab(pages.url(SEED_PATH));
      const popup = await ext.openPopup(tabId);
      const consoleText: string[] = [];
      popup.on('console', (msg) => consoleText.push(msg.text()));
      await expect
        .poll(async () => (await blockStates(popup)).filter((s) => s === 'error').length, { timeout: 40_000 })
        .toBe(14);
      expect(await popup.locator('.block-error').first().textContent()).toContain('LibreTranslate');
      keyed.faults.length = 0;
      await popup.getByRole('button', { name: 'Retry failed paragraphs' }).click();
      await expect
        .poll(async () => (await blockStates(popup)).filter((s) => s === 'done').length, { timeout: 40_000 })
        .toBe(14);

      expect(carriers.length).toBeGreaterThan(0);
      expect(carriers.filter((url) => !url.startsWith(`${keyed.url}/`))).toEqual([]);
      expect(keyed.requests.filter((r) => r.path === '/translate').every((r) => r.body.includes(KEY))).toBe(true);
      expect(consoleText.filter((t) => t.includes(KEY))).toEqual([]);
      const visible = await popup.evaluate(() => document.documentElement.outerHTML);
      expect(visible).not.toContain(KEY);
      // The page the key was used for never saw it.
      expect(pages.origin).not.toBe(keyed.url);
      await popup.close();
    } finally {
      ext.context.off('request', onRequest);
      await keyed.close();
    }
  });

  it('a DeepL key with no host permission: nothing is sent anywhere, the popup asks, the key is not shown', async () => {
    await ext.setSettings({
      targetLanguage: 'en',
      provider: 'deepl',
      providers: { deepl: { apiKey: KEY } },
      consent: { deepl: true },
    });
    const tabId = await ext.openTab(pages.url(SEED_PATH));
    requests.length = 0;
    const popup = await ext.openPopup(tabId);
    const status = popup.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-kind'), { timeout: 20_000 }).toBe('permission');
    expect(await popup.evaluate(() => document.documentElement.outerHTML)).not.toContain(KEY);
    expect(requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    await popup.close();
  });

  it('before consent (default settings) nothing leaves the browser and the consent card is shown', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.clear());
    const tabId = await ext.openTab(pages.url(SEED_PATH));
    requests.length = 0;
    const sentToLt = lt.requests.length;
    const popup = await ext.openPopup(tabId);
    const status = popup.getByTestId('status');
    await expect.poll(() => status.getAttribute('data-kind'), { timeout: 20_000 }).toBe('consent');
    expect(await status.textContent()).toMatch(/Google Translate/);
    await popup.waitForTimeout(1_000);
    expect(requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    expect(lt.requests.length).toBe(sentToLt);
    await popup.close();
  });
});
