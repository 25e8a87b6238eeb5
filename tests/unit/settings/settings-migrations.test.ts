import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../../src/settings/settings-migrations';
import { normalizeSettings } from '../../../src/settings/settings-schema';

const toVersion2 = SETTINGS_MIGRATIONS[2]!;

describe('settings migration 1 → 2: one Microsoft endpoint override', () => {
  it('maps the retired token endpoint to the keyless base', () => {
    expect(
      toVersion2({
        version: 1,
        providers: {
          microsoft: { authUrl: 'http://127.0.0.1:4100/translate/auth', apiUrl: 'http://127.0.0.1:4100' },
        },
      }),
    ).toEqual({ version: 1, providers: { microsoft: { url: 'http://127.0.0.1:4100' } } });
  });

  it('with a key, keeps the API base the key was used with', () => {
    expect(
      toVersion2({
        providers: {
          microsoft: { apiKey: 'k', region: 'westeurope', apiUrl: 'https://proxy.example/ms/translate' },
        },
      }),
    ).toEqual({ providers: { microsoft: { apiKey: 'k', region: 'westeurope', url: 'https://proxy.example/ms' } } });
  });

  it('drops the old default addresses without inventing an override', () => {
    const migrated = toVersion2({
      providers: {
        microsoft: { authUrl: '', apiUrl: 'https://api-edge.cognitive.microsofttranslator.com' },
        google: { url: 'https://g.example' },
      },
    });
    expect(migrated).toEqual({ providers: { microsoft: {}, google: { url: 'https://g.example' } } });
  });

  it('leaves objects without old fields, and a url already set, alone', () => {
    const plain = { providers: { microsoft: { url: 'http://x' } } };
    expect(toVersion2(plain)).toBe(plain);
    expect(
      toVersion2({ providers: { microsoft: { url: 'http://new', authUrl: 'http://old/translate/auth' } } }),
    ).toEqual({ providers: { microsoft: { url: 'http://new' } } });
    expect(toVersion2({})).toEqual({});
  });
});

describe('migrateSettings', () => {
  it('brings an unversioned or old object to the current version, and leaves a current one as it is', () => {
    expect(SETTINGS_VERSION).toBe(2);
    const old = { targetLanguage: 'ur', providers: { microsoft: { authUrl: 'http://h:1/translate/auth' } } };
    expect(migrateSettings(old)).toEqual({
      targetLanguage: 'ur',
      providers: { microsoft: { url: 'http://h:1' } },
      version: 2,
    });
    const current = { version: 2, providers: { microsoft: { url: 'http://h:1' } } };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('runs on every read, so a partial object from another tool in the old shape works', () => {
    const settings = normalizeSettings({
      provider: 'microsoft',
      providers: { microsoft: { authUrl: 'http://127.0.0.1:9000/translate/auth', apiUrl: 'http://127.0.0.1:9000' } },
    });
    expect(settings.version).toBe(2);
    expect(settings.providers.microsoft).toEqual({ url: 'http://127.0.0.1:9000' });
  });
});
