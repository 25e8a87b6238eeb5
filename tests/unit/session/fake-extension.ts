import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import type { TranslationProvider } from '../../../src/translate/provider';
import type { SessionDependencies } from '../../../src/ui/session/translation-state.svelte';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Catalogue;

/** The browser's own message lookup, on the English catalogue: named placeholders filled from `$1`, `$2`… */
function getMessage(key: string, substitutions: string[] = []): string {
  const entry = EN[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/**
 * WXT's fake browser (in-memory storage, tabs, runtime) with what it leaves unmocked filled in: the English message
 * catalogue, an English interface, no offline language detector, and host permissions held in a set.
 */
export function resetFakeExtension(granted: string[] = []): Set<string> {
  fakeBrowser.reset();
  const origins = new Set(granted);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = getMessage;
  i18n.getUILanguage = () => 'en-US';
  i18n.detectLanguage = () => Promise.resolve({ isReliable: false, languages: [] });
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = ({ origins: asked = [] }: { origins?: string[] }) =>
    Promise.resolve(asked.every((origin) => origins.has(origin)));
  permissions.request = ({ origins: asked = [] }: { origins?: string[] }) => {
    for (const origin of asked) origins.add(origin);
    return Promise.resolve(true);
  };
  return origins;
}

/**
 * A run that translates with `provider` (no fallback) into an in-memory cache shared by the runs that get it, and
 * keeps the entities it finds in an in-memory store shared the same way.
 */
export function dependenciesWith(
  provider: TranslationProvider,
  cache = createMemoryCache({ maxEntries: 100 }),
  entities = createMemoryCache({ maxEntries: 100 }),
): Partial<SessionDependencies> {
  return {
    plan: () => Promise.resolve({ kind: 'ready', primary: provider }),
    cache: () => Promise.resolve(cache),
    entities: () => Promise.resolve(entities),
  };
}
