import { describe, expect, it } from 'vitest';
import { packSegments, planBatches } from '../../../src/translate/router/plan-batches';
import type { Segment } from '../../../src/translate/router/router-types';

const segments = (lengths: number[]): Segment[] => lengths.map((n, block) => ({ block, part: 0, text: 'x'.repeat(n) }));
const sizes = (batches: Segment[][]) => batches.map((batch) => batch.reduce((sum, s) => sum + s.text.length, 0));
const limits = { maxItems: 50, maxChars: 10_000, concurrency: 2, timeoutMs: 1 };

describe('planBatches', () => {
  it('sends a short article in one request', () => {
    expect(planBatches(segments([40, 60, 200]), limits)).toHaveLength(1);
  });

  it('puts the opening blocks alone in a small first request, then the rest in one', () => {
    // The seed's block sizes: 5,230 characters, a fifth of it (1,046) as the first request's budget.
    const batches = planBatches(segments([40, 60, 70, 300, 290, 330, 600, 460, 580, 390, 500, 650, 620, 340]), limits);
    expect(batches).toHaveLength(2);
    expect(batches[0]!.map((s) => s.block)).toEqual([0, 1, 2, 3, 4]);
    expect(sizes(batches)).toEqual([760, 4470]);
  });

  it('balances the rest across the fewest requests the limits allow, in reading order', () => {
    const input = segments(Array(20).fill(900));
    const batches = planBatches(input, { ...limits, maxChars: 5_000 });
    expect(sizes(batches).every((n) => n <= 5_000)).toBe(true);
    expect(batches).toHaveLength(1 + Math.ceil((19 * 900) / 5_000));
    expect(batches.flat()).toEqual(input);
  });

  it('does not split off a first request when only one can be in flight', () => {
    expect(planBatches(segments(Array(10).fill(500)), { ...limits, concurrency: 1 })).toHaveLength(1);
  });
});

describe('packSegments', () => {
  it('respects maxItems and keeps a segment that alone fills a request', () => {
    expect(packSegments(segments([1, 1, 1, 1, 1]), { maxItems: 2, maxChars: 100 }).map((b) => b.length)).toEqual([
      2, 2, 1,
    ]);
    expect(sizes(packSegments(segments([100, 100]), { maxItems: 5, maxChars: 100 }))).toEqual([100, 100]);
  });
});
