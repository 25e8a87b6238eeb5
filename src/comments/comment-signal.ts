import type { CommentEvidence, CommentStateName } from '../extract/types';
import type { PageIndex } from './page-index';
import type { PageScope } from './page-scope';
import type { PageNotice } from './collect-notices';
import type { Strength } from './signal-strength';

/** What one observation says about this article's comments. `none` observations are reported, never decisive. */
export type SignalState = Exclude<CommentStateName, 'unknown'>;

/** One observation about the comment section, before the resolver weighs it against the others. */
export interface CommentSignal {
  state: SignalState;
  /** One of the ranked `STRENGTH` values: the strongest signal decides. */
  strength: Strength;
  evidence: CommentEvidence;
  /** For `embedded`: the comment system's name. */
  provider?: string;
  /** For `restricted`: who may comment, in the page's words. */
  audience?: string;
}

/** What every detector may read: the page, its index, what counts as this article's, and the shared notice scan. */
export interface DetectionContext {
  doc: Document;
  index: PageIndex;
  scope: PageScope;
  articleLang?: string;
  /** Short visible texts that say "closed" or "restricted", found once for every detector that needs them. */
  notices: () => PageNotice[];
}

/** A detector reads the page and reports what it saw; it never decides the state alone. */
export type SignalDetector = (context: DetectionContext) => CommentSignal[];
