import type { CommentSignal, SignalDetector } from '../comment-signal';
import { readCommentsFeed, readYoastSignal } from '../metadata-signals';
import { STRENGTH } from '../signal-strength';

/** Yoast's CommentAction and the post's own comments feed: open-looking hints; a Yoast graph without one is a note. */
export const detectOpenMetadata: SignalDetector = ({ doc, index }) => {
  const yoast = readYoastSignal(index);
  const feed = readCommentsFeed(doc, index);
  const signals: CommentSignal[] = [yoast.evidence, feed]
    .filter((evidence) => evidence !== null)
    .map((evidence) => ({ state: 'open', strength: STRENGTH.OPEN_METADATA, evidence }));
  if (yoast.graphWithoutAction) {
    signals.push({ state: 'none', strength: STRENGTH.NOTE, evidence: { signal: 'yoast-no-comment-action' } });
  }
  return signals;
};
