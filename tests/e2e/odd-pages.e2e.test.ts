import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type LoadedExtension } from './launch-extension';

let ext: LoadedExtension;
let pages: FixtureServer;
let slow: Server;
let slowUrl: string;

/** A page whose last half arrives seconds after its first: the popup is opened while it is still loading. */
function startSlowServer(): Promise<void> {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/seed-en.html'), 'utf8');
  const cut = html.indexOf('<div class="entry-content">');
  slow = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    setTimeout(() => res.end(html.slice(cut)), 2_500);
  });
  return new Promise((done) =>
    slow.listen(0, '127.0.0.1', () => {
      slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
      done();
    }),
  );
}

async function statusOf(tabId: number) {
  const popup = await ext.openPopup(tabId);
  const status = popup.getByTestId('status');
  await expect.poll(() => status.getAttribute('data-kind'), { timeout: 20_000 }).not.toBe('loading');
  const result = { kind: await status.getAttribute('data-kind'), text: await status.textContent() };
  await popup.close();
  return result;
}

beforeAll(async () => {
  pages = await startFixtureServer();
  await startSlowServer();
  ext = await launchExtension();
  await ext.setSettings({ targetLanguage: 'en' });
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await new Promise((done) => slow?.close(done));
});

describe('pages the browser will not let Tarjuma read say so plainly, and never hang', () => {
  it('chrome:// pages', async () => {
    const status = await statusOf(await ext.openTab('chrome://settings'));
    expect(status.kind).toBe('restricted');
    expect(status.text).toContain("This page can't be read (browser page)");
  });

  // Without a toolbar click (activeTab) the browser hides these tabs' addresses, so only the refusal is known: the
  // popup says Tarjuma can't read the page and how to let it. With a click the address names the reason (unit-tested).
  it.each(['about:blank', 'file:///etc/hostname'])('%s', async (url) => {
    const status = await statusOf(await ext.openTab(url));
    expect(status.kind).toBe('restricted');
    expect(status.text).toContain("Tarjuma can't read this page. Click the Tarjuma icon");
  });

  it('view-source: of a page, where the browser never answers the injection: a clear message in seconds', async () => {
    const started = Date.now();
    const status = await statusOf(await ext.openTab(`view-source:${pages.url('/pages/seed-en.html')}`));
    expect(['restricted', 'error']).toContain(status.kind);
    expect(status.text).toMatch(/can't be read|can't read this page|The page did not answer/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a page whose story sits in a frame: a clear message, not a hang', async () => {
    const tabId = await ext.openTab(pages.url('/pages/framed.html'));
    const status = await statusOf(tabId);
    expect(status.kind).toBe('not-article');
  });
});

describe('pages that are still loading or change after load', () => {
  it('a page still loading is read once it has arrived', async () => {
    const tabId = await ext.worker.evaluate(
      async (url) => (await chrome.tabs.create({ url, active: false })).id!,
      slowUrl,
    );
    const popup = await ext.openPopup(tabId);
    await expect
      .poll(() => popup.getByTestId('article-title').textContent(), { timeout: 20_000 })
      .toContain('Iranian President arrives in Moscow');
    expect(await popup.getByTestId('block').count()).toBe(14);
    await popup.close();
  });

  it('a single-page news site: the article that replaced the placeholder is the one shown', async () => {
    const tabId = await ext.openTab(pages.url('/pages/spa.html'));
    // The reader clicks once the article is on screen.
    await (await ext.pageOf(pages.url('/pages/spa.html'))).waitForSelector('article h1');
    const popup = await ext.openPopup(tabId);
    await expect
      .poll(() => popup.getByTestId('article-title').textContent(), { timeout: 20_000 })
      .toContain('Assembly passes the provincial budget');
    expect(await popup.locator('[data-testid="block"][data-block-id="b8"]').textContent()).toContain('(8)');
    await popup.close();
  });
});
