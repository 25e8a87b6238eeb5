import type { SignalDetector } from '../comment-signal';
import { findCommentForms, whyDisabled } from '../comment-forms';
import { describeElement } from '../describe-element';
import { isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

/**
 * A visible comment form that takes comments: WordPress's `#commentform` / `wp-comments-post.php` and lookalikes,
 * a comment textarea, or an editor frame (Blogger, Jetpack). Share/embed boxes, newsletter, search and feedback
 * forms are not comment forms.
 */
export const detectCommentForm: SignalDetector = ({ index, scope }) => {
  const usable = findCommentForms(index).find((c) => whyDisabled(c) === null && isInScope(c.host, scope));
  if (!usable) return [];
  const signal = usable.kind === 'frame' ? 'comment-frame' : 'comment-form';
  return [
    { state: 'open', strength: STRENGTH.COMMENT_FORM, evidence: { signal, selector: describeElement(usable.el) } },
  ];
};
