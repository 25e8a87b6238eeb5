import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/translate/errors';
import type { TranslationProvider } from '../../../src/translate/provider';
import { createDeeplProvider } from '../../../src/translate/providers/deepl';
import { createLibreTranslateProvider } from '../../../src/translate/providers/libretranslate';
import { createMicrosoftProvider } from '../../../src/translate/providers/microsoft';
import { createOpenAiProvider } from '../../../src/translate/providers/openai';
import { translateBlocks } from '../../../src/translate/router/translate-blocks';
import type { BlockEvent } from '../../../src/translate/router/router-types';
import { errorStrings, HOSTILE_FAULTS, hostileFetch, NETWORK_FAULTS, type HostileFault } from './hostile-fetch';

const KEY = 'sk-SECRET-7f3a9c-do-not-leak';

/** Every keyed provider, pointed at a hostile fetch. */
const PROVIDERS: Record<string, (fetch: typeof globalThis.fetch) => TranslationProvider> = {
  deepl: (fetch) => createDeeplProvider({ apiKey: `${KEY}:fx`, fetch }),
  'deepl (pro host)': (fetch) => createDeeplProvider({ apiKey: KEY, baseUrl: 'https://deepl.example', fetch }),
  libretranslate: (fetch) => createLibreTranslateProvider({ url: 'https://lt.example.org', apiKey: KEY, fetch }),
  'openai (remote)': (fetch) =>
    createOpenAiProvider({ url: 'https://api.example.com/v1', apiKey: KEY, model: 'gpt-x', fetch }),
  'openai (local)': (fetch) =>
    createOpenAiProvider({ url: 'http://localhost:11434', apiKey: KEY, model: 'llama3.1', fetch }),
  microsoft: (fetch) => createMicrosoftProvider({ apiKey: KEY, region: 'westeurope', fetch }),
};

async function thrownBy(provider: TranslationProvider, fault: HostileFault): Promise<unknown> {
  const controller = new AbortController();
  // A hung request ends when the reader closes the popup.
  const timer = fault === 'hang' ? setTimeout(() => controller.abort(), 20) : undefined;
  try {
    await provider.translate({ texts: ['ایک', 'دو'], from: 'ur', to: 'en', signal: controller.signal });
  } catch (error) {
    return error;
  } finally {
    clearTimeout(timer);
  }
  throw new Error(`${provider.id} accepted a ${fault} answer`);
}

function expectNoKey(strings: string[], where: string) {
  const leaks = strings.filter((s) => s.includes(KEY) || s.includes(KEY.slice(3, 20)));
  expect(leaks, `${where} carries the key`).toEqual([]);
}

describe('an API key never reaches an error', () => {
  for (const [name, make] of Object.entries(PROVIDERS)) {
    describe(name, () => {
      it.each(HOSTILE_FAULTS)('%s: the thrown error and its message hold no key', async (fault) => {
        const error = await thrownBy(make(hostileFetch(fault)), fault);
        expect(error).toBeInstanceOf(ProviderError);
        const providerError = error as ProviderError;
        // Actionable: names the service.
        expect(providerError.message).toContain(providerError.provider);
        // Causes the provider made from the answer (a JSON parse error quoting the body) count; the fetch's own
        // rejection is checked below.
        expectNoKey(errorStrings(error, !NETWORK_FAULTS.has(fault)), `${name}/${fault}`);
      });
    });
  }

  it('after the router retries and wraps: the per-block errors the popup shows hold no key', async () => {
    for (const [name, make] of Object.entries(PROVIDERS)) {
      for (const fault of HOSTILE_FAULTS.filter((f) => f !== 'hang')) {
        const events: BlockEvent[] = [];
        await translateBlocks({
          blocks: [
            { id: 'b0', text: 'پہلا' },
            { id: 'b1', text: 'دوسرا' },
          ],
          from: 'ur',
          to: 'en',
          provider: make(hostileFetch(fault)),
          signal: new AbortController().signal,
          onBlock: (event) => events.push(event),
          sleep: () => Promise.resolve(),
          random: () => 0,
        });
        expect(events.map((e) => e.state)).toEqual(['error', 'error']);
        for (const event of events) {
          if (event.state === 'error') {
            expectNoKey(errorStrings(event.error, !NETWORK_FAULTS.has(fault)), `router ${name}/${fault}`);
          }
        }
      }
    }
  });
});

/**
 * A fetch that names the request in its error (a polyfill, a proxying fetch) would put the key one
 * `console.error(error)` away if the raw rejection were kept as `cause`: http.ts keeps only a redacted copy.
 */
describe('the fetch rejection kept as cause', () => {
  it('holds no key either (reset, every keyed provider)', async () => {
    for (const make of Object.values(PROVIDERS)) {
      const error = await thrownBy(make(hostileFetch('reset')), 'reset');
      expectNoKey(errorStrings(error, true), 'cause of a reset');
    }
  });
});
