import type { Candidate } from './types';

/** Keeps the best candidates that do not overlap: higher priority first, then longer, then earlier; sorted by start. */
export function pickNonOverlapping<T extends Candidate>(candidates: T[]): T[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
