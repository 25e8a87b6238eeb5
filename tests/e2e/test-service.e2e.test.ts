import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplServer } from '../servers/deepl-server';
import type { FakeServer } from '../servers/fake-server';
import { closedAddress, startRetiredServer } from '../servers/gone-servers';
import { startGoogleServer } from '../servers/google-server';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { startMicrosoftServer } from '../servers/microsoft-server';
import { startOpenAiServer } from '../servers/openai-server';
import { seriousViolations } from './accessibility';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';

/**
 * The options page's "Test this service": one short sentence through each provider, against local servers that speak
 * its protocol, without opening the popup — the outcome in words: "… works (12 ms)" or the classified error.
 */
let ext: LoadedExtension;
const servers: Record<string, FakeServer> = {};
/** Nothing listens here: connection refused. */
let closedPort = '';

beforeAll(async () => {
  servers.google = await startGoogleServer();
  servers.microsoft = await startMicrosoftServer();
  servers.deepl = await startDeeplServer({ apiKey: 'right-key:fx' });
  servers.libretranslate = await startLibreTranslateServer();
  servers.openai = await startOpenAiServer({ blockExtensionOrigins: false });
  servers.ollama = await startOpenAiServer({ blockExtensionOrigins: true });
  servers.retired = await startRetiredServer();
  closedPort = await closedAddress();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

async function runTest(settings: Record<string, unknown>): Promise<{ page: Page; results: string[]; ok: string[] }> {
  await ext.setSettings({ targetLanguage: 'ur', ...settings });
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.goto(`chrome-extension://${ext.id}/options.html`);
  await page.getByTestId('test-service').click();
  const results = page.getByTestId('test-result');
  await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('test-running').count(), { timeout: 30_000 }).toBe(0);
  return {
    page,
    results: (await results.allTextContents()).map((text) => text.trim()),
    ok: await results.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-ok') ?? '')),
  };
}

const SENTENCE = 'Tarjuma is testing this translation service.';

describe('Test this service, in the options page', () => {
  it.each([
    ['google', { provider: 'google', providers: { google: { url: '{google}' } } }, 'Google Translate'],
    ['microsoft', { provider: 'microsoft', providers: { microsoft: { url: '{microsoft}' } } }, 'Microsoft Translator'],
    ['deepl', { provider: 'deepl', providers: { deepl: { apiKey: 'right-key:fx', url: '{deepl}' } } }, 'DeepL'],
    [
      'libretranslate',
      { provider: 'libretranslate', providers: { libretranslate: { url: '{libretranslate}' } } },
      'LibreTranslate',
    ],
    [
      'openai',
      { provider: 'openai', providers: { openai: { url: '{openai}', model: 'm' } } },
      'AI model (OpenAI-compatible)',
    ],
  ])('%s works: the sentence translated and the time it took', async (id, settings, name) => {
    const { page, results, ok } = await runTest(withUrls(settings));
    expect(ok).toEqual(['true']);
    expect(results[0]).toMatch(
      new RegExp(`^${escape(name)} works \\((\\d+ ms|\\d+ seconds?)\\): “.*${escape(SENTENCE)}”$`),
    );
    expect(servers[id]!.requests.length).toBeGreaterThan(0);
    if (id === 'google') {
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'options-test-service.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it.each([
    [
      'a Google endpoint that has gone',
      { provider: 'google', providers: { google: { url: '{retired}' } } },
      /^Google Translate doesn't work: Google Translate's free service has changed and no longer answers/,
    ],
    [
      'Microsoft’s retired keyless endpoint',
      { provider: 'microsoft', providers: { microsoft: { url: '{retired}' } } },
      /^Microsoft Translator doesn't work: Microsoft Translator's free service has changed/,
    ],
    [
      'a used-up or wrong DeepL key',
      { provider: 'deepl', providers: { deepl: { apiKey: 'wrong-key:fx', url: '{deepl}' } } },
      /^DeepL doesn't work: DeepL refused the key\. Check it in the options\./,
    ],
    [
      'a wrong LibreTranslate address',
      { provider: 'libretranslate', providers: { libretranslate: { url: '{closed}' } } },
      /^LibreTranslate doesn't work: Couldn't reach LibreTranslate at 127\.0\.0\.1:\d+\. Check your connection and the address\./,
    ],
    [
      'an Ollama without OLLAMA_ORIGINS',
      { provider: 'openai', providers: { openai: { url: '{ollama}', model: 'llama3.1' } } },
      /refused Tarjuma \(HTTP 403\)\. If it is Ollama, start it with OLLAMA_ORIGINS=chrome-extension:\/\/\*,moz-extension:\/\/\* and try again\./,
    ],
    [
      'on-device, for a pair the browser has no model for',
      { provider: 'chrome-builtin', targetLanguage: 'ur' },
      /^Chrome's on-device translator doesn't work: Chrome's on-device translator can't translate this language pair\./,
    ],
  ])('%s: the classified error in words', async (_, settings, expected) => {
    const { page, results, ok } = await runTest(withUrls(settings));
    expect(ok).toEqual(['false']);
    expect(results[0]).toMatch(expected);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('auto tests both services it may send text to', async () => {
    const { page, results, ok } = await runTest(
      withUrls({
        provider: 'auto',
        providers: { google: { url: '{retired}' }, microsoft: { url: '{microsoft}' } },
      }),
    );
    expect(ok).toEqual(['false', 'true']);
    expect(results[0]).toMatch(/^Google Translate doesn't work/);
    expect(results[1]).toMatch(/^Microsoft Translator works/);
    await page.close();
  });
});

describe('Test this service, on-device', () => {
  // Runs last in this file: the stand-in Translator stays in every page of this browser from here on.
  it('chrome-builtin works where the browser has a model for the pair', async () => {
    // Nothing can be downloaded here, so the browser's Translator is replaced by one with a model "installed".
    await ext.context.addInitScript(() => {
      const model = { translate: async (text: string) => `[fr] ${text}`, destroy: () => undefined };
      Object.defineProperty(globalThis, 'Translator', {
        configurable: true,
        value: { availability: async () => 'available', create: async () => model },
      });
    });
    const { page, results, ok } = await runTest({ provider: 'chrome-builtin', targetLanguage: 'fr' });
    expect(ok).toEqual(['true']);
    expect(results[0]).toMatch(
      new RegExp(`^Chrome's on-device translator works \\(\\d+ ms\\): “\\[fr\\] ${escape(SENTENCE)}”$`),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

function withUrls(settings: Record<string, unknown>): Record<string, unknown> {
  const text = JSON.stringify(settings).replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'closed' ? closedPort : (servers[name]?.url ?? name),
  );
  return JSON.parse(text) as Record<string, unknown>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
