import { francAll } from 'franc-min';
import type { ScriptCode } from './detect-script';
import { FRANC_CANDIDATES as CANDIDATES } from './franc-candidates';
import { normalizeLanguageCode } from './normalize-language-code';

export interface FrancGuess {
  lang: string;
  confidence: number;
  /** Other plausible languages in order, so a hint can pick among close ones. */
  alternatives: string[];
}

/** franc's scores are relative (best = 1); the gap to the runner-up and the text length make the confidence. */
export function francGuess(text: string, script: ScriptCode, letters: number): FrancGuess | undefined {
  const only = CANDIDATES[script];
  if (!only) return undefined;
  const ranked = francAll(text.slice(0, 4000), { only, minLength: 3 }).filter(([code]) => code !== 'und');
  const [best, second] = ranked;
  if (!best) return undefined;
  const gap = 1 - (second?.[1] ?? 0);
  const lengthFactor = Math.min(1, letters / 120);
  const confidence = Math.min(0.99, (0.35 + 0.65 * lengthFactor) * Math.min(1, 0.4 + gap * 4));
  return {
    lang: normalizeLanguageCode(best[0]),
    confidence: Math.round(confidence * 100) / 100,
    alternatives: ranked.slice(1, 4).map(([code]) => normalizeLanguageCode(code)),
  };
}
