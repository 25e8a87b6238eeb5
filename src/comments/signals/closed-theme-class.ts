import type { CommentSignal, SignalDetector } from '../comment-signal';
import { countIn } from '../comment-count';
import { describeElement, visibleText } from '../describe-element';
import { normalizeText } from '../normalize-text';
import { excludedSelf, isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

// Words of "no comments yet / be the first / leave a comment": an invitation, so the thread is open.
const INVITATION =
  /\b(yet|first|leave|add|write|noch|encore|todavia|aun|ainda|ancora)\b|ابھی|هنوز|بعد|尚|まだ|还没|還沒/u;

const isBlock = (el: Element) => el.tagName !== 'SPAN' && el.tagName !== 'A' && !el.classList.contains('comments-link');

/**
 * WordPress theme classes: Twenty Twenty's `.comments-closed` is printed only when closed; `.nocomments` and
 * `.no-comments` also mean "no comments yet" on open posts and, on inline links, a zero count, so they stay weak.
 */
export const detectClosedThemeClass: SignalDetector = ({ index, scope }) => {
  const signals: CommentSignal[] = [];
  const skip = (child: Element) => excludedSelf(child, scope) !== null;
  const definite = index.byClass('comments-closed');
  const ambiguous = [...index.byClass('nocomments'), ...index.byClass('no-comments')];
  for (const el of [...definite, ...ambiguous]) {
    if (!isBlock(el) || el.querySelector('a[href*="#respond"], a[href*="#comment"]') || !isInScope(el, scope)) continue;
    const text = visibleText(el, skip);
    const strong = definite.includes(el);
    // A zero count ("No Comments", "0 comments") is what open posts print there; it says nothing about closing.
    if (!strong && (INVITATION.test(normalizeText(text)) || countIn(text) !== null)) continue;
    signals.push({
      state: 'closed',
      strength: strong ? STRENGTH.CLOSED_THEME_CLASS : STRENGTH.AMBIGUOUS_CLOSED_CLASS,
      evidence: { signal: 'wp-closed-class', text: text || undefined, selector: describeElement(el) },
    });
  }
  return signals;
};
