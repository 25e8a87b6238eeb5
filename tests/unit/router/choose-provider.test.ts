import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/settings/settings-schema';
import type { ConcreteProviderId } from '../../../src/translate/provider-ids';
import { chooseProvider, type BuiltinAvailability } from '../../../src/translate/router/choose-provider';
import { createChangedServices } from '../../../src/translate/router/changed-services';
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
      expect(choice).toMatchObject({ builtin: state });
    }
  });

  it('auto: Google with Microsoft as fallback when on-device cannot (Urdu)', async () => {
    const d = deps('unavailable');
    const choice = await chooseProvider(DEFAULT_SETTINGS, { from: 'ur', to: 'en' }, d);
    expect(d.asked).toEqual([['ur', 'en']]);
    expect(ids(choice)).toEqual(['google', 'microsoft']);
  });

  it('auto: a free service found changed is skipped for the rest of the page’s life', async () => {
    const changed = createChangedServices();
    changed.add('google');
    const past = await chooseProvider(DEFAULT_SETTINGS, { from: 'ur', to: 'en' }, { ...deps('unavailable'), changed });
    expect(ids(past)).toEqual(['microsoft', undefined]);
    changed.add('microsoft');
    // Both changed: the first is still asked, so the reader sees why it fails.
    const both = await chooseProvider(DEFAULT_SETTINGS, { from: 'ur', to: 'en' }, { ...deps('unavailable'), changed });
    expect(ids(both)).toEqual(['google', undefined]);
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

  it('an explicit provider is used alone', async () => {
    const settings = normalizeSettings({
      provider: 'libretranslate',
      providers: { libretranslate: { url: 'http://x' } },
    });
    const choice = await chooseProvider(settings, { from: 'ur', to: 'en' }, deps('available'));
    expect(ids(choice)).toEqual(['libretranslate', undefined]);
    const deepl = await chooseProvider(
      { ...DEFAULT_SETTINGS, provider: 'deepl' },
      { from: 'ur', to: 'en' },
      deps('available'),
    );
    expect(ids(deepl)).toEqual(['deepl', undefined]);
  });

  it('explicit on-device reports whether a download is needed', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, provider: 'chrome-builtin' };
    const choice = await chooseProvider(settings, { from: 'fr', to: 'en' }, deps('downloadable'));
    expect(choice).toMatchObject({ builtin: 'downloadable' });
    expect(choice.provider.id).toBe('chrome-builtin');
  });
});
