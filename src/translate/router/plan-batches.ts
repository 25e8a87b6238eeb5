import type { ProviderLimits } from '../provider';
import type { Segment } from './router-types';

/**
 * The first request carries only the opening blocks (title, lead) so they come back after one short round trip while
 * the rest travels in parallel: about a fifth of the text, within these bounds.
 */
const FIRST_BATCH_MIN = 300;
const FIRST_BATCH_MAX = 1200;
/** Below this, one request is as fast as two: latency, not length, dominates. */
const SINGLE_REQUEST_CHARS = 600;

const size = (segments: readonly Segment[]) => segments.reduce((sum, segment) => sum + segment.text.length, 0);

/** Packs segments in reading order into requests of at most `maxItems`/`maxChars`, balanced by `target` characters. */
export function packSegments(
  segments: readonly Segment[],
  limits: Pick<ProviderLimits, 'maxItems' | 'maxChars'>,
): Segment[][] {
  const total = size(segments);
  const count = Math.max(Math.ceil(total / limits.maxChars), Math.ceil(segments.length / limits.maxItems), 1);
  // Equal shares make parallel requests finish together; the hard limits still rule.
  const target = Math.ceil(total / count);
  const batches: Segment[][] = [];
  let current: Segment[] = [];
  let chars = 0;
  for (const segment of segments) {
    const length = segment.text.length;
    const full =
      current.length >= limits.maxItems ||
      chars + length > limits.maxChars ||
      (chars >= target && batches.length < count - 1);
    if (current.length > 0 && full) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(segment);
    chars += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * The requests to send, in reading order. With room for two requests in flight, the opening blocks go alone first;
 * everything else is packed into as few requests as the limits allow.
 */
export function planBatches(segments: readonly Segment[], limits: ProviderLimits): Segment[][] {
  const total = size(segments);
  if (segments.length <= 1 || limits.concurrency < 2 || total <= SINGLE_REQUEST_CHARS) {
    return packSegments(segments, limits);
  }
  const firstTarget = Math.min(FIRST_BATCH_MAX, limits.maxChars, Math.max(FIRST_BATCH_MIN, total / 5));
  let split = 0;
  let chars = 0;
  while (split < segments.length && split < limits.maxItems) {
    const length = segments[split]?.text.length ?? 0;
    if (split > 0 && chars + length > firstTarget) break;
    chars += length;
    split++;
  }
  if (split >= segments.length) return packSegments(segments, limits);
  return [segments.slice(0, split), ...packSegments(segments.slice(split), limits)];
}
