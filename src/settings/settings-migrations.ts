/**
 * Each step turns a stored settings object of version N-1 into version N; `migrateSettings` runs the steps an object
 * needs, in order (the shape of WXT's `storage.defineItem({ version, migrations })`, kept inside the object because
 * other tools write the `settings` key directly). An object without a `version` is taken as version 1: that is what
 * other tools write, and what every version before the first migration stored.
 */
type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The base (`scheme://host[:port]`) of an endpoint URL, or undefined when it does not parse. */
function baseOf(url: unknown, path: RegExp): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  try {
    const u = new URL(url.trim());
    return `${u.origin}${u.pathname.replace(path, '').replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/**
 * 2: Microsoft's keyless token endpoint was retired (2026-08-05). `providers.microsoft.authUrl` (the token endpoint)
 * and `apiUrl` (the translator behind it) become one `url`: the keyless endpoint's base, or with a key the API's base.
 */
function toVersion2(settings: Stored): Stored {
  const providers = isRecord(settings.providers) ? settings.providers : undefined;
  const old = providers && isRecord(providers.microsoft) ? providers.microsoft : undefined;
  if (!old || !('authUrl' in old || 'apiUrl' in old)) return settings;
  const { authUrl, apiUrl, ...rest } = old;
  const hasKey = typeof rest.apiKey === 'string' && rest.apiKey.trim() !== '';
  // The old keyless path went through the token host; with a key, straight to the API.
  const url = hasKey ? baseOf(apiUrl, /\/translate$/) : baseOf(authUrl, /\/translate\/auth$/);
  const microsoft = { ...rest, ...(typeof rest.url === 'string' ? {} : url ? { url } : {}) };
  return { ...settings, providers: { ...providers, microsoft } };
}

export const SETTINGS_MIGRATIONS: Record<number, (settings: Stored) => Stored> = { 2: toVersion2 };

export const SETTINGS_VERSION = Math.max(1, ...Object.keys(SETTINGS_MIGRATIONS).map(Number));

/** The stored object brought up to the current version (unknown fields kept; `normalizeSettings` checks types). */
export function migrateSettings(raw: unknown): Stored {
  let settings: Stored = isRecord(raw) ? raw : {};
  const from = typeof settings.version === 'number' && settings.version >= 1 ? Math.floor(settings.version) : 1;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) settings = step(settings);
  }
  return { ...settings, version: SETTINGS_VERSION };
}
