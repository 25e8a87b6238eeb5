import type { ConcreteProviderId } from './provider-ids';

export interface TranslateRequest {
  /** Plain-text segments, each translated on its own; the answer has the same length and order. */
  texts: string[];
  /** BCP 47 base code (`ur`, `en`, `zh-Hant`…), or `auto` when unknown. */
  from: string;
  to: string;
  /** Aborted by the reader, or by the router's timeout (reason: a `TimeoutError`). */
  signal: AbortSignal;
  /**
   * Told each segment's translation as soon as a streaming provider has it, before the whole answer is in and checked:
   * something to show the reader meanwhile, never to keep. The returned array is the answer.
   */
  onPartial?: (index: number, text: string) => void;
  /** Told whenever part of the answer arrives, so the router's timeout counts silence, not the whole answer. */
  onProgress?: () => void;
}

export interface ProviderLimits {
  /** Most segments in one request. */
  maxItems: number;
  /** Most characters (sum of segments) in one request; a single longer segment is split before sending. */
  maxChars: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** How long the router waits for an answer (for a streaming one: between two signs of progress). */
  timeoutMs: number;
}

/** One translation engine. A provider takes texts and returns texts; batching, retries and caching live in the router. */
export interface TranslationProvider {
  readonly id: ConcreteProviderId;
  readonly limits: ProviderLimits;
  translate(req: TranslateRequest): Promise<string[]>;
}
