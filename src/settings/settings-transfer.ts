import { PROVIDERS } from '../translate/providers/registry';
import { normalizeSettings, type Settings } from './settings-schema';

/** The option fields that hold keys: every provider's `password` fields. */
const SECRET_FIELDS = PROVIDERS.map((d) => ({
  id: d.id,
  keys: d.fields.filter((field) => field.type === 'password').map((field) => field.key),
})).filter((d) => d.keys.length > 0);

type OptionsRecord = Record<string, unknown>;
const optionsOf = (settings: Settings, id: string) =>
  (settings.providers as Record<string, OptionsRecord | undefined>)[id];

/** Settings as a file to keep or move: API keys left out unless the reader asks for them. */
export function exportSettings(settings: Settings, includeKeys: boolean): string {
  const copy = structuredClone(settings);
  if (!includeKeys) {
    for (const { id, keys } of SECRET_FIELDS) {
      const options = optionsOf(copy, id);
      for (const key of keys) if (options) delete options[key];
    }
  }
  return JSON.stringify({ tarjuma: 'settings', ...copy }, null, 2);
}

/** Reads an exported file back; keys already stored here are kept when the file has none. */
export function importSettings(text: string, current: Settings): Settings {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || (parsed as { tarjuma?: unknown }).tarjuma !== 'settings') {
    throw new Error('not a Tarjuma settings file');
  }
  const incoming = normalizeSettings(parsed);
  const providers = { ...incoming.providers } as Record<string, OptionsRecord | undefined>;
  for (const { id, keys } of SECRET_FIELDS) {
    const here = optionsOf(current, id);
    for (const key of keys) {
      const kept = here?.[key];
      if (typeof kept === 'string' && kept && !providers[id]?.[key]) providers[id] = { ...providers[id], [key]: kept };
    }
  }
  return { ...incoming, providers: providers as Settings['providers'] };
}
