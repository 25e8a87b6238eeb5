import type { ProviderError } from '../errors';
import type { ConcreteProviderId } from '../provider-ids';
import type { Segment } from './router-types';
import { joinParts } from './split-long-text';

interface Pending {
  parts: (string | undefined)[];
  gaps: string[];
  provider?: ConcreteProviderId;
  settled: boolean;
}

/**
 * Collects translated segments back into blocks: a block is finished when all its parts are in (rejoined with the
 * separator the target language takes), and failed at its first failed part, reported once.
 */
export function createBlockAssembler(
  to: string,
  onDone: (block: number, text: string, provider: ConcreteProviderId) => void,
  onFail: (block: number, error: ProviderError) => void,
  onPreview?: (block: number, text: string) => void,
) {
  const pending = new Map<number, Pending>();
  return {
    expect(block: number, partCount: number, gaps: string[]): void {
      pending.set(block, { parts: new Array<string | undefined>(partCount).fill(undefined), gaps, settled: false });
    },
    deliver(segment: Segment, text: string, provider: ConcreteProviderId): void {
      const entry = pending.get(segment.block);
      if (!entry || entry.settled) return;
      entry.parts[segment.part] = text;
      entry.provider ??= provider;
      if (entry.parts.some((part) => part === undefined)) return;
      entry.settled = true;
      onDone(segment.block, joinParts(entry.parts as string[], entry.gaps, to), entry.provider);
    },
    /** A streamed, unchecked translation of a block sent whole, while it is still unsettled. */
    preview(segment: Segment, text: string): void {
      const entry = pending.get(segment.block);
      if (!entry || entry.settled || entry.parts.length !== 1) return;
      onPreview?.(segment.block, text);
    },
    fail(segment: Segment, error: ProviderError): void {
      const entry = pending.get(segment.block);
      if (!entry || entry.settled) return;
      entry.settled = true;
      onFail(segment.block, error);
    },
  };
}
