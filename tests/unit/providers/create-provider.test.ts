import { afterEach, describe, expect, it } from 'vitest';
import { normalizeSettings } from '../../../src/settings/settings-schema';
import { CLOUD_PROVIDER_IDS, PROVIDER_IDS, type ConcreteProviderId } from '../../../src/translate/provider-ids';
import { createProvider, PROVIDER_LABELS } from '../../../src/translate/providers';
import { dictionaryTranslate } from '../../servers/faults';
import type { FakeServer } from '../../servers/fake-server';
import { startLibreTranslateServer } from '../../servers/libretranslate-server';
import { startOpenAiServer } from '../../servers/openai-server';
import { FakeTranslatorApi } from './fake-translator';

let server: FakeServer | undefined;
afterEach(() => server?.close());

const concrete = PROVIDER_IDS.filter((id): id is ConcreteProviderId => id !== 'auto');

describe('createProvider', () => {
  it('builds every provider from default settings, with default addresses', () => {
    const settings = normalizeSettings({});
    const destinations = Object.fromEntries(concrete.map((id) => [id, createProvider(id, settings).destination()]));
    expect(destinations).toEqual({
      'chrome-builtin': '',
      google: 'translate.googleapis.com',
      microsoft: 'edge.microsoft.com, api-edge.cognitive.microsofttranslator.com',
      deepl: 'api.deepl.com',
      libretranslate: 'localhost:5000',
      openai: 'localhost:11434',
    });
    for (const id of concrete) {
      const provider = createProvider(id, settings);
      expect(provider.id).toBe(id);
      expect(provider.label).toBe(PROVIDER_LABELS[id]);
      expect(provider.limits.maxItems).toBeGreaterThan(0);
    }
  });

  it('uses the configured options', () => {
    const settings = normalizeSettings({
      providers: {
        deepl: { apiKey: 'abc:fx' },
        microsoft: { apiKey: 'k', region: 'westeurope' },
        google: { url: 'https://translate.example.org' },
        openai: { url: 'https://api.example.com/v1', model: 'gpt-4o-mini', apiKey: 'sk' },
      },
    });
    expect(createProvider('deepl', settings).destination()).toBe('api-free.deepl.com');
    expect(createProvider('microsoft', settings).destination()).toBe('api.cognitive.microsofttranslator.com');
    expect(createProvider('google', settings).destination()).toBe('translate.example.org');
    expect(createProvider('openai', settings).destination()).toBe('api.example.com');
    expect(CLOUD_PROVIDER_IDS.every((id) => createProvider(id, settings).destination() !== '')).toBe(true);
  });

  it('reads a typed address without a scheme, and survives a broken one', () => {
    const typed = normalizeSettings({ providers: { libretranslate: { url: ' lt.example.org:5000/ ' } } });
    expect(createProvider('libretranslate', typed).destination()).toBe('lt.example.org:5000');
    const broken = normalizeSettings({ providers: { openai: { url: 'http://exa mple', model: 'm' } } });
    expect(() => createProvider('openai', broken).destination()).not.toThrow();
  });

  it('translates with a partial settings object naming a LibreTranslate server', async () => {
    server = await startLibreTranslateServer({ translate: dictionaryTranslate({ کراچی: 'Karachi' }) });
    const settings = normalizeSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: server.url } },
    });
    const provider = createProvider('libretranslate', settings);
    expect(
      await provider.translate({ texts: ['کراچی'], from: 'ur', to: 'en', signal: new AbortController().signal }),
    ).toEqual(['Karachi']);
  });

  it('passes hooks through: fetch and the Translator global', async () => {
    server = await startOpenAiServer();
    let calls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const settings = normalizeSettings({ providers: { openai: { url: server.url, model: 'm' } } });
    await createProvider('openai', settings, { fetch: countingFetch }).translate({
      texts: ['a'],
      from: 'ur',
      to: 'en',
      signal: new AbortController().signal,
    });
    expect(calls).toBe(1);
    const Translator = new FakeTranslatorApi({ 'fr>en': 'available' });
    const builtin = createProvider('chrome-builtin', settings, { globals: { Translator } });
    expect(await builtin.supports?.('fr', 'en')).toBe(true);
  });
});
