// Protocol: Chrome's built-in Translator API (Chrome 138+), documented at developer.chrome.com/docs/ai/translator-api
// and typed by @types/dom-chromium-ai; facts in ../shared/notes/providers.md, last confirmed 2026-12-01.
// `Translator.availability()`, `Translator.create()` (needs a click when a model must be downloaded), `translate()`,
// `measureInputUsage()` / `inputQuota`. Runs in extension pages, not in the service worker; Firefox has no such API.
import { isTimeoutReason, ProviderError } from '../errors';
import { defineProvider } from '../provider-descriptor';
import type { TranslationProvider } from '../provider';
import { halveText } from './halve-text';

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

/**
 * Source: the 39 languages Chrome's on-device Translator documents (developer.chrome.com/docs/ai/translator-api, copied
 * in ../shared/notes/providers.md), plus `he` and `nb`, the other codes of `iw` and `no`. Compared by base language.
 */
const ON_DEVICE_LANGUAGES: ReadonlySet<string> = new Set(
  'ar bg bn cs da de el en es fi fr he hi hr hu id it iw ja kn ko lt mr nb nl no pl pt ro ru sk sl sv ta te th tr uk vi zh'.split(
    ' ',
  ),
);

/** Whether the pair can be on Chrome's list at all: a pair that cannot (Urdu, Persian) needs no call into the browser. */
export function mayHaveOnDeviceModel(from: string, to: string): boolean {
  const base = (code: string) => code.toLowerCase().split(/[-_]/)[0] ?? '';
  return ON_DEVICE_LANGUAGES.has(base(from)) && ON_DEVICE_LANGUAGES.has(base(to));
}

/** Whether Chrome can translate the pair on device: `unavailable` also when the API is missing. */
export async function builtinAvailability(from: string, to: string, globals?: BuiltinGlobals): Promise<Availability> {
  const api = translatorGlobal(globals);
  if (!api || from === 'auto' || !mayHaveOnDeviceModel(from, to)) return 'unavailable';
  try {
    return await api.availability({ sourceLanguage: from, targetLanguage: to });
  } catch {
    return 'unavailable';
  }
}

const ID = 'chrome-builtin';

const isDomError = (error: unknown, name: string) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

function wrap(error: unknown, signal: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  if (signal.aborted || isDomError(error, 'AbortError')) {
    return new ProviderError(ID, isTimeoutReason(signal.reason) ? 'timeout' : 'aborted', { cause: error });
  }
  if (isDomError(error, 'NotAllowedError')) return new ProviderError(ID, 'needs-gesture', { cause: error });
  // The engine itself failed (a model that did not load, a crashed translator): like a server error, worth a retry.
  const detail = error instanceof Error ? error.message : undefined;
  return new ProviderError(ID, 'server', { detail, cause: error });
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
      throw new ProviderError(ID, 'unsupported', { detail: `${from} → ${to}` });
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
    if (!halves) throw new ProviderError(ID, 'refused', { reason: 'too-large' });
    const parts = [];
    for (const half of halves) parts.push(await translateFitting(model, half, signal));
    return parts.join('');
  }

  return {
    id: ID,
    // On-device: no network limits, but one model instance works through its queue one text at a time.
    limits: { maxItems: 50, maxChars: 20_000, concurrency: 1, timeoutMs: 120_000 },
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

export const chromeBuiltin = defineProvider({
  id: 'chrome-builtin',
  label: 'providerChromeBuiltin',
  onDevice: true,
  fields: [],
  manifestOrigins: [],
  origins: (_options: object | undefined) => [],
  create: (_options, hooks) =>
    createChromeBuiltinProvider({ onDownloadProgress: hooks.onDownloadProgress, globals: hooks.globals }),
});
