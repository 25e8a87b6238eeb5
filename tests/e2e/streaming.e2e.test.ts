import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer } from '../servers/fake-server';
import { startOpenAiServer } from '../servers/openai-server';
import { SEED_PATH, startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';
import { PopupPage } from './pages/popup-page';
import { SEED_EXPECTED_EN, seedTranslate } from './seed-translation';

/**
 * A local model through an OpenAI-compatible server that streams its answer: the reader sees each block as soon as the
 * model has written it, marked as not final, and the checked translation replaces it when the answer is complete.
 */
let ext: LoadedExtension;
let pages: FixtureServer;
let model: FakeServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pages = await startFixtureServer();
  model = await startOpenAiServer({ translate: seedTranslate, models: ['llama3.1'] });
  ext = await launchExtension();
  await ext.setSettings({
    targetLanguage: 'en',
    provider: 'openai',
    providers: { openai: { url: model.url, model: 'llama3.1' } },
  });
});

afterAll(async () => {
  await ext?.close();
  await model?.close();
  await pages?.close();
});

describe('a streaming OpenAI-compatible model', () => {
  it('shows the first block while the model is still writing, then the checked translation of every block', async () => {
    model.holdStreams(4); // the first item of the first request is written; the model is still "thinking"
    const popup = await PopupPage.open(ext, await ext.openTab(pages.url(SEED_PATH)));

    await expect
      .poll(async () => (await popup.blocks())[0]?.preview ?? null, { timeout: 30_000 })
      .toBe(SEED_EXPECTED_EN[0]);
    const during = await popup.blocks();
    expect(during[0]).toMatchObject({ state: 'pending', text: null, previewBusy: 'true', previewDir: 'ltr' });
    expect(during.slice(1).every((b) => b.state === 'pending' && b.preview === null)).toBe(true);
    expect(JSON.parse(model.requests[0]!.body)).toMatchObject({ model: 'llama3.1', stream: true });
    await popup.page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-streaming.png') });

    model.releaseStreams();
    const after = await popup.waitTranslated(SEED_EXPECTED_EN.length);
    expect(after.map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    expect(after.every((b) => b.preview === null)).toBe(true);
    await popup.close();
  });

  it('an answer broken off midway is asked for again, and every block ends with its checked translation', async () => {
    await ext.clearTranslationCache();
    model.requests.length = 0;
    model.fail('cut');
    const popup = await PopupPage.open(ext, await ext.openTab(pages.url(SEED_PATH)));
    expect((await popup.waitTranslated(SEED_EXPECTED_EN.length)).map((b) => b.text)).toEqual(SEED_EXPECTED_EN);
    // The cut request was sent again, whole.
    const calls = model.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls[1]!.body).toBe(calls[0]!.body);
    await popup.close();
  });
});
