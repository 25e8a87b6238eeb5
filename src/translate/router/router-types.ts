import type { TranslationCache } from '../../cache/translation-cache';
import type { ProviderError } from '../errors';
import type { TranslationProvider } from '../provider';
import type { ConcreteProviderId } from '../provider-ids';
import type { ChangedServices } from './changed-services';
import type { CacheLookup } from './look-up-cache';

export type BlockEvent =
  | { id: string; state: 'done'; text: string; fromCache: boolean; provider: ConcreteProviderId }
  | { id: string; state: 'error'; error: ProviderError };

/** Told before each wait between attempts, so the page can say "… refused the request (rate limit) — retrying in 20 s". */
export interface WaitNotice {
  /** The provider waited for; the interface names it ("Google Translate"). */
  provider: ConcreteProviderId;
  ms: number;
  reason: 'rate-limit' | 'retry';
}

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface RouterInput {
  blocks: readonly { id: string; text: string }[];
  /** BCP 47 base code or `auto`. */
  from: string;
  to: string;
  provider: TranslationProvider;
  /**
   * Tried for a batch the provider could not translate after its retries. With one, a rate limit is not waited out:
   * the fallback takes over at once.
   */
  fallback?: TranslationProvider;
  /** Free endpoints found changed while the page is open: a provider that turns out changed is added. */
  changed?: ChangedServices;
  cache?: TranslationCache;
  /**
   * The lookup of these blocks in `cache`, started earlier (while the provider was being chosen): used when it covers
   * the provider and the fallback, else the router looks the blocks up itself.
   */
  lookup?: CacheLookup;
  signal: AbortSignal;
  onBlock: (event: BlockEvent) => void;
  /**
   * A block's translation while a streaming provider is still writing the request it is in: to show meanwhile. Its
   * `onBlock` still follows (`done` with the checked text, or `error`), and only that one is kept.
   */
  onPreview?: (id: string, text: string) => void;
  onWait?: (notice: WaitNotice) => void;
  /**
   * Told once, when the cached blocks are reported and the first requests handed to the provider (or nothing needs
   * sending): a page can draw the article then, without delaying those requests.
   */
  onUnderway?: () => void;
  /** Injected for tests: clock in ms, sleep between retries, and the jitter source. */
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
}

export interface RouterSummary {
  total: number;
  fromCache: number;
  translated: number;
  failed: number;
  /** Calls to `translate` on any provider, retries included. */
  requests: number;
  /** Requests planned for the main provider before any retry. */
  batches: number;
  aborted: boolean;
  timings: { cacheMs: number; firstBlockMs?: number; totalMs: number };
}

/** One piece of text sent to a provider: a whole block, or a part of a block longer than a request allows. */
export interface Segment {
  /** Index of the block in the input. */
  block: number;
  part: number;
  text: string;
}
