import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForStall } from '../../../src/ui/session/stall-watch';

describe('watchForStall', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing before the silence is long enough, then counts it in tens of seconds, and stops when news comes', () => {
    const said: (number | 'resumed')[] = [];
    const watch = watchForStall(
      (s) => said.push(s),
      () => said.push('resumed'),
      { afterMs: 10_000, now: () => Date.now() },
    );
    vi.advanceTimersByTime(9_000);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(12_000);
    expect(said).toEqual([10, 20]);
    watch.progress();
    expect(said.at(-1)).toBe('resumed');
    vi.advanceTimersByTime(5_000);
    expect(said).toEqual([10, 20, 'resumed']);
    vi.advanceTimersByTime(5_000);
    expect(said).toEqual([10, 20, 'resumed', 10]);
    watch.stop();
    vi.advanceTimersByTime(60_000);
    expect(said).toEqual([10, 20, 'resumed', 10]);
  });

  it('leaves an announced retry wait to its own notice', () => {
    const said: number[] = [];
    const watch = watchForStall(
      (s) => said.push(s),
      () => undefined,
      { afterMs: 10_000, now: () => Date.now() },
    );
    vi.advanceTimersByTime(2_000);
    watch.waiting(20_000); // "retrying in 20 s"
    vi.advanceTimersByTime(29_000);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(said).toEqual([10]);
    watch.stop();
  });
});
