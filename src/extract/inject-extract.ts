import { browser } from 'wxt/browser';
import { restrictionOfError, restrictionOfUrl, type PageRestriction } from './classify-page';
import type { ExtractResult } from './types';

export type InjectOutcome =
  | { kind: 'result'; result: ExtractResult }
  | { kind: 'restricted'; restriction: PageRestriction; detail?: string }
  | { kind: 'timeout' }
  | { kind: 'error'; message: string };

/** A page still loading is read when its DOM is ready; past this we read what there is. */
const INJECT_TIMEOUT_MS = 10_000;

class InjectTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new InjectTimeout(`The page did not answer within ${ms / 1000} s.`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}

/** Runs `extract.js` in the tab's top frame and returns what it found, or why it could not. */
export async function injectExtract(tabId: number, url?: string): Promise<InjectOutcome> {
  const known = restrictionOfUrl(url);
  if (known) return { kind: 'restricted', restriction: known };
  try {
    const [frame] = await withTimeout(
      browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] }),
      INJECT_TIMEOUT_MS,
    );
    const result = frame?.result as ExtractResult | undefined;
    if (!result || typeof result !== 'object' || !('ok' in result)) {
      return { kind: 'error', message: 'The page returned nothing readable.' };
    }
    return { kind: 'result', result };
  } catch (error) {
    // The browser never answers for some pages (view-source:, a hung page): say so instead of waiting forever.
    if (error instanceof InjectTimeout) return { kind: 'timeout' };
    const message = error instanceof Error ? error.message : String(error);
    const restriction = restrictionOfError(message);
    return restriction ? { kind: 'restricted', restriction, detail: message } : { kind: 'error', message };
  }
}
