import { classifyRun } from './classify-english-run';
import { capitalisedRuns } from './english-runs';
import { findEnglishDatesAndNumbers } from './find-english-dates-numbers';
import type { Candidate } from './types';

/** Every candidate span in one block of English text: names from capitalised runs, dates and numbers from patterns. */
export function findEnglishEntities(text: string): Candidate[] {
  const out: Candidate[] = findEnglishDatesAndNumbers(text);
  for (const run of capitalisedRuns(text)) classifyRun(run, out);
  return out;
}
