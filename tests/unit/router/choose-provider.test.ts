import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/settings/settings-schema';
import type { ConcreteProviderId } from '../../../src/translate/provider-ids';
import { chooseProvider, type BuiltinAvailability } from '../../../src/translate/router/choose-provider';
import { fakeProvider } from './fake-provider';

function deps(answer: BuiltinAvailability | Error) {
  const asked: [string, string][] = [];
  return {
    asked,
    builtinAvailability: async (from: string, to: string) => {
      asked.push([from, to]);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    createProvider: (id: ConcreteProviderId) => fakeProvider({ id }),
  };
}

const ids = (choice: Awaited<ReturnType<typeof chooseProvider>>) => [choice.provider.id, choice.fallback?.id];

describe('chooseProvider', () => {
  it('auto: on-device when the browser has or can fetch a model for the pair', async () => {
    for (const state of ['available', 'downloadable', 'downloading'] as const) {
      const choice = await chooseProvider(DEFAULT_SETTINGS, { from: 'fr', to: 'en' }, deps(state));
      expect(ids(choice)).toEqual(['chrome-builtin', undefined]);
      expect(choice).toMatchObject({ builtin: state, needsConsent: [] });
    }
  });

  it('auto: Google with Microsoft as fallback when on-device cannot (Urdu), asking consent for both', async () => {
    const d = deps('unavailable');
    const choice = await chooseProvider(DEFAULT_SETTINGS, { from: 'ur', to: 'en' }, d);
    expect(d.asked).toEqual([['ur', 'en']]);
    expect(ids(choice)).toEqual(['google', 'microsoft']);
    expect(choice.needsConsent).toEqual(['google', 'microsoft']);
    const consented: Settings = { ...DEFAULT_SETTINGS, consent: { google: true, microsoft: true } };
    expect((await chooseProvider(consented, { from: 'ur', to: 'en' }, d)).needsConsent).toEqual([]);
  });

  it('auto: no Translator API, or an unknown source language, means the cloud', async () => {
    expect(ids(await chooseProvider(DEFAULT_SETTINGS, { from: 'fr', to: 'en' }, deps(new Error('no API'))))).toEqual([
      'google',
      'microsoft',
    ]);
    const d = deps('available');
    expect(ids(await chooseProvider(DEFAULT_SETTINGS, { from: 'auto', to: 'en' }, d))).toEqual(['google', 'microsoft']);
    expect(d.asked).toEqual([]);
  });

  it('an explicit provider is used alone; a configured LibreTranslate URL counts as consent', async () => {
    const settings = normalizeSettings({
      provider: 'libretranslate',
      providers: { libretranslate: { url: 'http://x' } },
    });
    const choice = await chooseProvider(settings, { from: 'ur', to: 'en' }, deps('available'));
    expect(ids(choice)).toEqual(['libretranslate', undefined]);
    expect(choice.needsConsent).toEqual([]);
    const deepl = await chooseProvider(
      { ...DEFAULT_SETTINGS, provider: 'deepl' },
      { from: 'ur', to: 'en' },
      deps('available'),
    );
    expect(ids(deepl)).toEqual(['deepl', undefined]);
    expect(deepl.needsConsent).toEqual(['deepl']);
  });

  it('explicit on-device reports whether a download is needed', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, provider: 'chrome-builtin' };
    const choice = await chooseProvider(settings, { from: 'fr', to: 'en' }, deps('downloadable'));
    expect(choice).toMatchObject({ builtin: 'downloadable', needsConsent: [] });
    expect(choice.provider.id).toBe('chrome-builtin');
  });
});
