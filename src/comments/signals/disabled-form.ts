import type { SignalDetector } from '../comment-signal';
import { findCommentForms, whyDisabled } from '../comment-forms';
import { describeElement } from '../describe-element';
import { isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

/** A visible comment form that is disabled, or that its own classes or `data-*` attributes mark as off. */
export const detectDisabledForm: SignalDetector = ({ index, scope }) => {
  for (const candidate of findCommentForms(index)) {
    const why = whyDisabled(candidate);
    if (!why || !isInScope(candidate.host, scope)) continue;
    const evidence = { signal: `comment-form-${why}`, selector: describeElement(candidate.el) };
    return [{ state: 'restricted', strength: STRENGTH.DISABLED_FORM, evidence }];
  }
  // wpDiscuz marks its container from WordPress's comments_open(): `wpd-comments-closed`, with no form inside.
  const wpdiscuz = index.byClass('wpd-comments-closed').find((el) => isInScope(el, scope));
  if (!wpdiscuz) return [];
  const evidence = { signal: 'comment-form-marked-off', selector: describeElement(wpdiscuz) };
  return [{ state: 'restricted', strength: STRENGTH.DISABLED_FORM, evidence }];
};
