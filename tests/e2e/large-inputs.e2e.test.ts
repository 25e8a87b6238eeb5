import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractIn,
  LARGE_PAGES,
  LONG_PARAGRAPH,
  planLongParagraph,
  writeLargePages,
} from '../../scripts/bench/large-inputs';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchExtension, type LoadedExtension } from './launch-extension';

/** Very large pages are read without hanging the tab, and the popup shows them. */
let ext: LoadedExtension;
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tarjuma-large-'));
  writeLargePages(dir);
  server = await startFixtureServer({ '/large/': dir });
  ext = await launchExtension();
  // Original text only: no provider, so nothing to wait for but extraction and rendering.
  await ext.setSettings({ targetLanguage: 'en', provider: 'libretranslate', providers: {} });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('large inputs', () => {
  it.each([
    [LARGE_PAGES.fiveMb, 1_000],
    [LARGE_PAGES.paragraphs2000, 2_000],
  ])('%s extracts in under 20 s and the popup shows its blocks', async (file, minBlocks) => {
    const tabId = await ext.openTab(server.url(`/large/${file}`));
    const { result, wallMs } = await extractIn(ext, tabId);
    expect(wallMs).toBeLessThan(20_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.blocks.length).toBeGreaterThanOrEqual(minBlocks);

    const popup = await ext.openPopup(tabId);
    const started = Date.now();
    await expect.poll(() => popup.getByTestId('block').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(minBlocks);
    expect(Date.now() - started).toBeLessThan(20_000);
    await popup.close();
  });

  it('a 50,000-character paragraph is one block, cut into LibreTranslate-sized requests', async () => {
    const tabId = await ext.openTab(server.url(`/large/${LARGE_PAGES.paragraph50k}`));
    const { result } = await extractIn(ext, tabId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.blocks.map((b) => b.text)).toContain(LONG_PARAGRAPH);
    const plan = planLongParagraph();
    expect(plan.longestSegment).toBeLessThanOrEqual(plan.limits.maxChars);
    expect(plan.requests).toBeLessThanOrEqual(Math.ceil(plan.chars / plan.limits.maxChars) + 1);
  });
});
