import { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import { halveText } from './halve-text';
import { PROVIDER_LABELS } from './labels';

const label = PROVIDER_LABELS['chrome-builtin'];

/** The parts of Chrome's `Translator` instance Tarjuma uses. */
export interface BuiltinTranslator {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  readonly inputQuota?: number;
  destroy?(): void;
}

/** The parts of the `Translator` global Tarjuma uses; the real global fits, and tests pass fakes. */
export interface TranslatorGlobal {
  availability(options: TranslatorCreateCoreOptions): Promise<Availability>;
  create(options: TranslatorCreateOptions): Promise<BuiltinTranslator>;
}

export interface BuiltinGlobals {
  Translator?: TranslatorGlobal;
}

function translatorGlobal(globals: BuiltinGlobals | undefined): TranslatorGlobal | undefined {
  if (globals) return globals.Translator;
  // Exists in extension pages of Chrome 138+ only, never in the service worker or Firefox.
  return 'Translator' in globalThis ? (globalThis as { Translator?: TranslatorGlobal }).Translator : undefined;
}

/** Whether Chrome can translate the pair on device: `unavailable` also when the API is missing. */
export async function builtinAvailability(from: string, to: string, globals?: BuiltinGlobals): Promise<Availability> {
  const api = translatorGlobal(globals);
  if (!api || from === 'auto') return 'unavailable';
  try {
    return await api.availability({ sourceLanguage: from, targetLanguage: to });
  } catch {
    return 'unavailable';
  }
}

const isDomError = (error: unknown, name: string) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

function wrap(error: unknown, signal: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  if (signal.aborted || isDomError(error, 'AbortError')) {
    return new ProviderError(label, 'aborted', `${label}: translation cancelled.`, { cause: error });
  }
  if (isDomError(error, 'NotAllowedError')) {
    return new ProviderError(label, 'needs-gesture', 'Click Download to get the on-device model.', { cause: error });
  }
  const detail = error instanceof Error ? `: ${error.message}` : '';
  return new ProviderError(label, 'server', `${label} failed${detail}.`, { cause: error });
}

export function createChromeBuiltinProvider(
  opts: { onDownloadProgress?: (loaded: number) => void; globals?: BuiltinGlobals } = {},
): TranslationProvider {
  const instances = new Map<string, Promise<BuiltinTranslator>>();
  // Aborting a create() signal later destroys the instance, so cached instances get a signal of their own.
  const lifetime = new AbortController();

  async function instanceFor(from: string, to: string, signal: AbortSignal): Promise<BuiltinTranslator> {
    const api = translatorGlobal(opts.globals);
    const state = await builtinAvailability(from, to, opts.globals);
    if (!api || state === 'unavailable') {
      throw new ProviderError(label, 'unsupported', `${label} cannot translate ${from} → ${to} on this device.`);
    }
    const key = `${from}>${to}`;
    let pending = instances.get(key);
    if (!pending) {
      pending = api.create({
        sourceLanguage: from,
        targetLanguage: to,
        signal: lifetime.signal,
        monitor: (m) => m.addEventListener('downloadprogress', (e) => opts.onDownloadProgress?.(e.loaded)),
      });
      instances.set(key, pending);
      pending.catch(() => instances.delete(key));
    }
    return abortable(pending, signal);
  }

  async function translateFitting(model: BuiltinTranslator, text: string, signal: AbortSignal): Promise<string> {
    const quota = model.inputQuota ?? Infinity;
    const tooLong =
      Number.isFinite(quota) && model.measureInputUsage && (await model.measureInputUsage(text, { signal })) > quota;
    if (!tooLong) {
      try {
        return await model.translate(text, { signal });
      } catch (error) {
        if (!isDomError(error, 'QuotaExceededError')) throw error;
      }
    }
    const halves = halveText(text);
    if (!halves) throw new ProviderError(label, 'refused', `${label}: the text is too long for the on-device model.`);
    const parts = [];
    for (const half of halves) parts.push(await translateFitting(model, half, signal));
    return parts.join('');
  }

  return {
    id: 'chrome-builtin',
    label,
    // On-device: no network limits, but one model instance works through its queue one text at a time.
    limits: { maxItems: 50, maxChars: 20_000, concurrency: 1, timeoutMs: 120_000 },
    destination: () => '',
    supports: async (from, to) => (await builtinAvailability(from, to, opts.globals)) !== 'unavailable',
    async translate({ texts, from, to, signal }) {
      try {
        const model = await instanceFor(from, to, signal);
        const out: string[] = [];
        for (const text of texts) out.push(text.trim() ? await translateFitting(model, text, signal) : text);
        return out;
      } catch (error) {
        throw wrap(error, signal);
      }
    },
  };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
