import type { SignalDetector } from '../comment-signal';
import { describeElement } from '../describe-element';
import { COMMENT_AREA, isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

// Forms that sign a reader up for reply notifications: wpDiscuz's, Jetpack's and "Subscribe to Comments Reloaded".
const SUBSCRIBE_FORM = /subscri|abonn|suscri|iscri/i;

/** A comment area whose only form subscribes to replies: nowhere to write a comment, so restricted. */
export const detectSubscribeOnly: SignalDetector = ({ index, scope }) => {
  for (const form of index.byTag('FORM')) {
    const names = `${form.id} ${form.getAttribute('class') ?? ''} ${form.getAttribute('action') ?? ''}`;
    if (!SUBSCRIBE_FORM.test(names) || !form.querySelector('input')) continue;
    const area = form.closest(COMMENT_AREA);
    // Anywhere to write in the same area means this is only the form's companion.
    if (!area || area.querySelector('textarea, iframe, [contenteditable="true"]')) continue;
    if (!isInScope(form, scope)) continue;
    const evidence = { signal: 'subscribe-only', selector: describeElement(form) };
    return [{ state: 'restricted', strength: STRENGTH.SUBSCRIBE_ONLY, evidence }];
  }
  return [];
};
