import type { SignalDetector } from '../comment-signal';
import { STRENGTH } from '../signal-strength';

/** "You must be logged in to post a comment", "Only subscribers can comment": visible, so hidden prompts never count. */
export const detectRequirementNotice: SignalDetector = ({ notices }) =>
  notices()
    .filter((notice) => notice.kind === 'restricted')
    .map((notice) => ({
      state: 'restricted',
      strength: STRENGTH.REQUIREMENT_NOTICE,
      evidence: notice.evidence,
      audience: notice.audience,
    }));
