import type { ConcreteProviderId } from './provider-ids';

export interface TranslateRequest {
  /** Plain-text segments, each translated on its own; the answer has the same length and order. */
  texts: string[];
  /** BCP 47 base code (`ur`, `en`, `zh-Hant`…), or `auto` when unknown. */
  from: string;
  to: string;
  signal: AbortSignal;
  /**
   * Told each segment's translation as soon as a streaming provider has it, before the whole answer is in and checked:
   * something to show the reader meanwhile, never to keep. The returned array is the answer.
   */
  onPartial?: (index: number, text: string) => void;
}

export interface ProviderLimits {
  /** Most segments in one request. */
  maxItems: number;
  /** Most characters (sum of segments) in one request; a single longer segment is split before sending. */
  maxChars: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Per-request timeout. */
  timeoutMs: number;
}

/** One translation engine. A provider takes texts and returns texts; batching, retries and caching live in the router. */
export interface TranslationProvider {
  readonly id: ConcreteProviderId;
  /** Human name used in messages ("Google Translate refused the request…"). */
  readonly label: string;
  readonly limits: ProviderLimits;
  /** Where text goes, for the consent prompt and the README ("translate.googleapis.com"). Empty for on-device. */
  destination(): string;
  /** Whether this provider can translate the pair at all (before any request). */
  supports?(from: string, to: string): Promise<boolean>;
  translate(req: TranslateRequest): Promise<string[]>;
}
