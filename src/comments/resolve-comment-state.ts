import type { CommentEvidence, CommentState } from '../extract/types';
import type { CommentSignal } from './comment-signal';

export interface CommentSignals {
  notices: CommentSignal[];
  closedClasses: CommentSignal[];
  form: CommentSignal | null;
  embed: CommentSignal | null;
  hints: CommentSignal[];
  /** A Yoast graph whose Article has no CommentAction: reported, never decisive. */
  yoastWithoutAction: boolean;
}

const evidenceOf = (signals: (CommentSignal | null | undefined)[]): CommentEvidence[] =>
  signals.filter((s): s is CommentSignal => !!s).map((s) => s.evidence);

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Weighs the signals. The most specific state wins (closed > restricted > open > embedded); a closed notice found
 * only outside the comment area against a real comment form, or a bare theme class against weak open hints, is a
 * conflict: `unknown`.
 */
export function resolveCommentState(s: CommentSignals): CommentState {
  const closed = [...s.notices, ...s.closedClasses].filter((sig) => sig.kind === 'closed');
  const restricted = s.notices.filter((sig) => sig.kind === 'restricted');
  const strongClosed = closed.find((sig) => sig.strength === 'strong');
  const mediumClosed = closed.find((sig) => sig.strength === 'medium');
  const weakClosed = closed.find((sig) => sig.strength === 'weak');

  if (strongClosed) {
    const support = closed.filter((sig) => sig !== strongClosed);
    const confidence = (s.form ? 0.7 : 0.95) - (s.hints.length ? 0.1 : 0);
    return { state: 'closed', evidence: evidenceOf([strongClosed, ...support, s.form]), confidence: round(confidence) };
  }
  if (mediumClosed && s.form) {
    return { state: 'unknown', evidence: evidenceOf([mediumClosed, s.form]), confidence: 0.3 };
  }
  if (mediumClosed) {
    const support = closed.filter((sig) => sig !== mediumClosed);
    return {
      state: 'closed',
      evidence: evidenceOf([mediumClosed, ...support]),
      confidence: s.hints.length ? 0.5 : 0.7,
    };
  }
  const [firstRestricted] = restricted;
  if (firstRestricted) {
    const confidence = firstRestricted.strength === 'strong' ? 0.85 : 0.7;
    return {
      state: 'restricted',
      evidence: evidenceOf([firstRestricted]),
      confidence,
      audience: firstRestricted.audience,
    };
  }
  if (s.form) {
    const confidence = weakClosed ? 0.8 : s.hints.length ? 0.95 : 0.9;
    return { state: 'open', evidence: evidenceOf([s.form, ...s.hints]), confidence };
  }
  if (s.embed) {
    return { state: 'embedded', evidence: evidenceOf([s.embed]), confidence: 0.8, provider: s.embed.provider };
  }
  if (weakClosed && s.hints.length) {
    return { state: 'unknown', evidence: evidenceOf([weakClosed, ...s.hints]), confidence: 0.3 };
  }
  if (weakClosed) return { state: 'closed', evidence: evidenceOf([weakClosed]), confidence: 0.5 };
  if (s.hints.length) return { state: 'open', evidence: evidenceOf(s.hints), confidence: 0.3 };
  const evidence: CommentEvidence[] = s.yoastWithoutAction ? [{ signal: 'yoast-no-comment-action' }] : [];
  return { state: 'none', evidence, confidence: s.yoastWithoutAction ? 0.5 : 0.6 };
}
