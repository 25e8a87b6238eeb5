import type { SignalDetector } from '../comment-signal';
import { STRENGTH } from '../signal-strength';

/** "Comments are closed." and its translations and variants, in the page's visible text about this article. */
export const detectClosingNotice: SignalDetector = ({ notices }) =>
  notices()
    .filter((notice) => notice.kind === 'closed')
    .map((notice) => ({
      state: 'closed',
      strength: notice.inThread ? STRENGTH.CLOSING_NOTICE_IN_THREAD : STRENGTH.CLOSING_NOTICE_ELSEWHERE,
      evidence: notice.evidence,
    }));
