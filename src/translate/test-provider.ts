import type { Settings } from '../settings/settings-schema';
import { ProviderError } from './errors';
import type { ConcreteProviderId } from './provider-ids';
import type { ProviderHooks } from './provider-descriptor';
import { builtinAvailability } from './providers/chrome-builtin';
import { createProvider } from './providers/registry';
import { sendWithRetries } from './router/send-request';

export type TestOutcome =
  | { ok: true; provider: ConcreteProviderId; ms: number; text: string }
  | { ok: false; provider: ConcreteProviderId; error: ProviderError };

export interface TestInput {
  provider: ConcreteProviderId;
  settings: Settings;
  sentence: string;
  from: string;
  to: string;
  signal?: AbortSignal;
  hooks?: ProviderHooks;
  now?: () => number;
}

/**
 * Translates one short sentence with one provider, through the same request path as an article (its timeout, its
 * error reading) but once, without retries or fallback: what the reader sees is what this service does right now.
 */
export async function testProvider(input: TestInput): Promise<TestOutcome> {
  const { provider: id, settings, sentence, from, to } = input;
  const now = input.now ?? (() => performance.now());
  const signal = input.signal ?? new AbortController().signal;
  const provider = createProvider(id, settings.providers, input.hooks);
  try {
    if (id === 'chrome-builtin' && (await builtinAvailability(from, to, input.hooks?.globals)) === 'unavailable') {
      throw new ProviderError(id, 'unsupported', { detail: `${from} → ${to}` });
    }
    const started = now();
    const [text = ''] = await sendWithRetries(provider, [sentence], {
      from,
      to,
      signal,
      maxAttempts: 1,
      onRequest: () => undefined,
    });
    return { ok: true, provider: id, ms: now() - started, text };
  } catch (error) {
    const failure = error instanceof ProviderError ? error : new ProviderError(id, 'internal', { cause: error });
    return { ok: false, provider: id, error: failure };
  }
}
