import type { CommentEvidence } from '../extract/types';

/** One observation about the comment section, before the signals are weighed against each other. */
export interface CommentSignal {
  kind: 'closed' | 'restricted' | 'open' | 'embedded';
  /** strong: decides alone; medium: decides unless a strong signal contradicts it; weak: supports or breaks ties. */
  strength: 'strong' | 'medium' | 'weak';
  evidence: CommentEvidence;
  provider?: string;
  audience?: string;
}
