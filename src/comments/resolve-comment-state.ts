import type { CommentState } from '../extract/types';
import type { CommentSignal } from './comment-signal';
import { CONTRADICTION_WEIGHT, NOTHING_SEEN_CONFIDENCE, TIE_CONFIDENCE } from './signal-strength';

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The one place signals are weighed (see `STRENGTH` for why each ranks where it does): the strongest decides, a tie
 * between disagreeing signals is `unknown`, and every weaker contradiction lowers the confidence. Evidence lists the
 * winning state's signals first, strongest first, then the ones it outranked.
 */
export function resolveCommentState(signals: CommentSignal[]): CommentState {
  // A stable sort: among equals, detectors keep the order they are listed in.
  const ranked = signals.filter((s) => s.state !== 'none').sort((a, b) => b.strength - a.strength);
  const [top] = ranked;
  if (!top) {
    const notes = signals.map((s) => s.evidence);
    return { state: 'none', evidence: notes, confidence: NOTHING_SEEN_CONFIDENCE };
  }
  const rival = ranked.find((s) => s.state !== top.state);
  if (rival && rival.strength === top.strength) {
    return { state: 'unknown', evidence: [top.evidence, rival.evidence], confidence: TIE_CONFIDENCE };
  }
  const agreeing = ranked.filter((s) => s.state === top.state);
  const outranked = ranked.filter((s) => s.state !== top.state);
  const state: CommentState = {
    state: top.state,
    evidence: [...agreeing, ...outranked].map((s) => s.evidence),
    confidence: round(top.strength - (rival ? rival.strength * CONTRADICTION_WEIGHT : 0)),
  };
  const provider = agreeing.find((s) => s.provider)?.provider;
  const audience = agreeing.find((s) => s.audience)?.audience;
  if (provider) state.provider = provider;
  if (audience) state.audience = audience;
  return state;
}
