import { normalizeSettings, type Settings } from './settings-schema';

/** Settings as a file to keep or move: API keys left out unless the reader asks for them. */
export function exportSettings(settings: Settings, includeKeys: boolean): string {
  const copy = structuredClone(settings);
  if (!includeKeys) {
    if (copy.providers.libretranslate) delete copy.providers.libretranslate.apiKey;
    if (copy.providers.openai) delete copy.providers.openai.apiKey;
    if (copy.providers.microsoft) delete copy.providers.microsoft.apiKey;
    delete copy.providers.deepl;
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
  const providers = { ...incoming.providers };
  for (const [id, options] of Object.entries(current.providers) as [
    keyof Settings['providers'],
    { apiKey?: string },
  ][]) {
    const next = providers[id] as { apiKey?: string } | undefined;
    if (options?.apiKey && !next?.apiKey) {
      (providers as Record<string, unknown>)[id] = { ...options, ...next, apiKey: options.apiKey };
    }
  }
  return { ...incoming, providers };
}
