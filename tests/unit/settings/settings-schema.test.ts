import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/settings/settings-schema';
import { hasConsent } from '../../../src/translate/provider-access';
import { exportSettings, importSettings } from '../../../src/settings/settings-transfer';

describe('normalizeSettings', () => {
  it('fills a partial object written by another tool from the defaults', () => {
    const settings = normalizeSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: 'http://127.0.0.1:5000' } },
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: 'http://127.0.0.1:5000' } },
    });
    expect(hasConsent(settings, 'libretranslate')).toBe(true);
    expect(hasConsent(settings, 'google')).toBe(false);
  });

  it('turns nothing, garbage and wrong types into defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('settings')).toEqual(DEFAULT_SETTINGS);
    const odd = normalizeSettings({
      provider: 'babelfish',
      display: { mode: 'sideways', fontScale: 9 },
      neverTranslate: ['en', 3],
    });
    expect(odd.provider).toBe('auto');
    expect(odd.display).toEqual(DEFAULT_SETTINGS.display);
    expect(odd.neverTranslate).toEqual(['en']);
  });

  it('migrates an unversioned object to the current version, keeping what it had', () => {
    const migrated = normalizeSettings({ targetLanguage: 'ur', consent: { google: true } });
    expect(migrated.version).toBe(DEFAULT_SETTINGS.version);
    expect(migrated.targetLanguage).toBe('ur');
    expect(hasConsent(migrated, 'google')).toBe(true);
  });
});

describe('settings import and export', () => {
  const withKeys = normalizeSettings({
    provider: 'deepl',
    providers: {
      deepl: { apiKey: 'secret-deepl:fx' },
      openai: { url: 'http://localhost:11434', apiKey: 'sk-1', model: 'llama3.1' },
    },
  });

  it('leaves keys out unless asked', () => {
    const file = exportSettings(withKeys, false);
    expect(file).not.toContain('secret-deepl');
    expect(file).not.toContain('sk-1');
    expect(file).toContain('llama3.1');
    expect(exportSettings(withKeys, true)).toContain('secret-deepl');
  });

  it('reads an exported file back, keeping keys already stored here', () => {
    const imported = importSettings(exportSettings({ ...withKeys, targetLanguage: 'fr' }, false), withKeys);
    expect(imported.targetLanguage).toBe('fr');
    expect(imported.providers.openai).toEqual({ url: 'http://localhost:11434', apiKey: 'sk-1', model: 'llama3.1' });
    expect(imported.providers.deepl?.apiKey).toBe('secret-deepl:fx');
  });

  it('refuses a file that is not a settings file', () => {
    expect(() => importSettings('{"hello": 1}', withKeys)).toThrow(/not a Tarjuma settings file/);
    expect(() => importSettings('not json', withKeys)).toThrow();
  });
});
