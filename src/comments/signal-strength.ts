/**
 * How far each kind of observation can be trusted, strongest first. The resolver lets the strongest signal decide; two
 * signals of equal strength that disagree leave the state `unknown`. A value is also the confidence reported when
 * nothing weaker contradicts the winner.
 */
export const STRENGTH = {
  /**
   * A closing notice inside the comment area: the site's own words where readers look, printed by themes only when
   * comments are closed. It outranks an empty reply form because themes and page caches leave one beside the notice.
   */
  CLOSING_NOTICE_IN_THREAD: 0.95,
  /** Twenty Twenty's `.comments-closed`: a class the theme prints only for closed posts, but with no words of its own. */
  CLOSED_THEME_CLASS: 0.9,
  /**
   * A visible requirement ("log in to comment", "subscribers only"): the form or embed beside it is what it gates, so
   * it outranks them; below a closing notice, since closed posts still show the site's login links.
   */
  REQUIREMENT_NOTICE: 0.88,
  /** A comment form that is disabled, or whose own classes or attributes say comments are off for this reader. */
  DISABLED_FORM: 0.85,
  /** A usable comment form or editor frame for this article: the reader can comment now. */
  COMMENT_FORM: 0.8,
  /**
   * A bare closing notice outside the comment area (an entry meta line): usually right, but it ties with a comment
   * form, because then one of the two is stale and the page cannot say which.
   */
  CLOSING_NOTICE_ELSEWHERE: 0.8,
  /** A comment system that offers only "subscribe to replies": no way to write, so restricted rather than open. */
  SUBSCRIBE_ONLY: 0.75,
  /** A comment system whose form is rendered by script from a configuration that says comments are open. */
  OPEN_CONFIG: 0.7,
  /** A third-party system's mount point, frame or loader: its state is in a cross-origin frame, only its presence counts. */
  EMBED: 0.65,
  /**
   * Hints that tie on purpose: `.nocomments`/`.no-comments` (also "no comments yet" on open posts) and open-looking
   * metadata (Yoast's CommentAction, the post's comments feed) that caches and plugins blur. Either alone is a guess;
   * against each other they leave the state unknown.
   */
  AMBIGUOUS_CLOSED_CLASS: 0.3,
  OPEN_METADATA: 0.3,
  /** Observations reported as evidence of `none`, never decisive. */
  NOTE: 0,
} as const;

/** Only the named strengths: a new signal takes its rank from this list, never a number of its own. */
export type Strength = (typeof STRENGTH)[keyof typeof STRENGTH];

/** Confidence when the page shows nothing: most article pages have no comment section, some hide it from saved HTML. */
export const NOTHING_SEEN_CONFIDENCE = 0.6;

/** A weaker contradicting signal takes a quarter of its own strength off the winner's confidence. */
export const CONTRADICTION_WEIGHT = 0.25;

/** Two equally strong signals disagree: either could be right. */
export const TIE_CONFIDENCE = 0.5;
