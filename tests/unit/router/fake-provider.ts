import { existsSync, readFileSync } from 'node:fs';
import type { ProviderLimits, TranslateRequest, TranslationProvider } from '../../../src/translate/provider';
import type { ConcreteProviderId } from '../../../src/translate/provider-ids';

/** A provider for tests: answers through `handler` (default: tags each text) and records every request. */
export interface FakeProvider extends TranslationProvider {
  calls: string[][];
}

export function fakeProvider(
  options: {
    id?: ConcreteProviderId;
    limits?: Partial<ProviderLimits>;
    handler?: (req: TranslateRequest, call: number) => Promise<string[]> | string[];
  } = {},
): FakeProvider {
  const id = options.id ?? 'libretranslate';
  const calls: string[][] = [];
  return {
    id,
    limits: { maxItems: 50, maxChars: 10_000, concurrency: 2, timeoutMs: 5_000, ...options.limits },
    calls,
    async translate(req) {
      calls.push([...req.texts]);
      const handler = options.handler ?? ((r: TranslateRequest) => r.texts.map((text) => tag(id, text)));
      return handler(req, calls.length);
    },
  };
}

export const tag = (id: string, text: string) => `${id}:${text.length}`;

/** The 14 article blocks of the seed (title, subtitle, 12 paragraphs), or [] when the fixture is absent. */
export function seedBlocks(): { id: string; text: string }[] {
  const file = [
    new URL('../../fixtures/seed/article.ur.txt', import.meta.url),
    new URL('../../../../shared/corpus/seed/article.ur.txt', import.meta.url),
  ].find((url) => existsSync(url));
  if (!file) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\p{Script=Arabic}/u.test(line))
    .map((text, i) => ({ id: `b${i}`, text }));
}

/** Resolves after `ms` of real time, or rejects when the request's signal aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
