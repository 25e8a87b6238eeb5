import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeSettings } from '../../../src/settings/settings-schema';
import { originsFor, hasConsent } from '../../../src/translate/provider-access';
import { CLOUD_PROVIDER_IDS, MANIFEST_ORIGINS, PROVIDER_IDS } from '../../../src/translate/provider-ids';
import { createProvider, PROVIDERS } from '../../../src/translate/providers/registry';
import { builtinAvailability } from '../../../src/translate/providers/chrome-builtin';
import en from '../../../public/_locales/en/messages.json';
import ur from '../../../public/_locales/ur/messages.json';
import { dictionaryTranslate } from '../../servers/faults';
import type { FakeServer } from '../../servers/fake-server';
import { startLibreTranslateServer } from '../../servers/libretranslate-server';
import { startOpenAiServer } from '../../servers/openai-server';

let server: FakeServer | undefined;
afterEach(() => server?.close());

const signal = () => new AbortController().signal;

describe('the provider list', () => {
  it('gives the ids, with auto first, and the cloud ones', () => {
    expect(PROVIDER_IDS).toEqual([
      'auto',
      'chrome-builtin',
      'google',
      'microsoft',
      'deepl',
      'libretranslate',
      'openai',
    ]);
    expect(CLOUD_PROVIDER_IDS).toEqual(['google', 'microsoft', 'deepl', 'libretranslate', 'openai']);
  });

  it('names every provider in both catalogues', () => {
    for (const descriptor of PROVIDERS) {
      expect(en).toHaveProperty(descriptor.label);
      expect(ur).toHaveProperty(descriptor.label);
      for (const field of descriptor.fields) expect(ur).toHaveProperty(field.label);
    }
  });

  it('opens every provider file with where its protocol facts come from and when they were last confirmed', () => {
    for (const descriptor of PROVIDERS) {
      const source = readFileSync(`src/translate/providers/${descriptor.id}.ts`, 'utf8');
      expect(source.split('\n')[0]).toMatch(/^\/\/ Protocol: /);
      expect(source.slice(0, 1200)).toMatch(/last confirmed \d{4}-\d{2}-\d{2}/i);
    }
  });

  it('asks the manifest for every origin a default set-up reaches, and nothing retired', () => {
    const settings = normalizeSettings({});
    for (const id of ['google', 'microsoft', 'deepl'] as const) {
      for (const origin of originsFor(id, settings)) expect(MANIFEST_ORIGINS).toContain(origin);
    }
    expect(MANIFEST_ORIGINS.some((origin) => origin.includes('api-edge'))).toBe(false);
  });
});

describe('origins and consent from the settings', () => {
  it('default addresses', () => {
    const settings = normalizeSettings({});
    expect(Object.fromEntries(CLOUD_PROVIDER_IDS.map((id) => [id, originsFor(id, settings)]))).toEqual({
      google: ['https://translate.googleapis.com/*'],
      microsoft: ['https://edge.microsoft.com/*'],
      deepl: ['https://api.deepl.com/*'],
      libretranslate: ['http://localhost/*'],
      openai: ['http://localhost/*'],
    });
  });

  it('configured options and overrides', () => {
    const settings = normalizeSettings({
      providers: {
        deepl: { apiKey: 'abc:fx' },
        microsoft: { apiKey: 'k', region: 'westeurope' },
        google: { url: 'https://translate.example.org' },
        openai: { url: 'https://api.example.com/v1', model: 'gpt-4o-mini', apiKey: 'sk' },
        libretranslate: { url: ' lt.example.org:5000/ ' },
      },
    });
    expect(originsFor('deepl', settings)).toEqual(['https://api-free.deepl.com/*']);
    expect(originsFor('microsoft', settings)).toEqual(['https://api.cognitive.microsofttranslator.com/*']);
    expect(originsFor('google', settings)).toEqual(['https://translate.example.org/*']);
    expect(originsFor('openai', settings)).toEqual(['https://api.example.com/*']);
    expect(originsFor('libretranslate', settings)).toEqual(['http://lt.example.org/*']);
  });

  it('a server address the reader typed counts as consent for self-hosted providers only', () => {
    const settings = normalizeSettings({
      providers: { libretranslate: { url: 'http://127.0.0.1:5000' }, google: { url: 'https://proxy.example' } },
    });
    expect(hasConsent(settings, 'libretranslate')).toBe(true);
    expect(hasConsent(settings, 'google')).toBe(false);
    expect(hasConsent(normalizeSettings({ consent: { google: true } }), 'google')).toBe(true);
  });

  it('survives a broken address', () => {
    const broken = normalizeSettings({ providers: { openai: { url: 'http://exa mple', model: 'm' } } });
    expect(() => createProvider('openai', broken.providers)).not.toThrow();
  });
});

describe('createProvider', () => {
  it('builds every provider from default settings', () => {
    const settings = normalizeSettings({});
    for (const id of PROVIDER_IDS.filter((x) => x !== 'auto')) {
      const provider = createProvider(id, settings.providers);
      expect(provider.id).toBe(id);
      expect(provider.limits.maxItems).toBeGreaterThan(0);
    }
  });

  it('translates with a partial settings object naming a LibreTranslate server', async () => {
    server = await startLibreTranslateServer({ translate: dictionaryTranslate({ کراچی: 'Karachi' }) });
    const settings = normalizeSettings({
      provider: 'libretranslate',
      providers: { libretranslate: { url: server.url } },
    });
    const provider = createProvider('libretranslate', settings.providers);
    expect(await provider.translate({ texts: ['کراچی'], from: 'ur', to: 'en', signal: signal() })).toEqual(['Karachi']);
  });

  it('passes hooks through: fetch', async () => {
    server = await startOpenAiServer();
    let calls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const settings = normalizeSettings({ providers: { openai: { url: server.url, model: 'm' } } });
    await createProvider('openai', settings.providers, { fetch: countingFetch }).translate({
      texts: ['a'],
      from: 'ur',
      to: 'en',
      signal: signal(),
    });
    expect(calls).toBe(1);
    expect(await builtinAvailability('fr', 'en')).toBe('unavailable');
  });
});
