import type { CommentSignal } from './comment-signal';
import { describeElement, visibleText } from './describe-element';
import { normalizeText } from './normalize-text';
import type { PageIndex } from './page-index';
import { COMMENT_AREA, excludedSelf, isInScope } from './page-scope';
import type { PageScope } from './page-scope';

// Words of "no comments yet / be the first / leave a comment": an invitation, so the thread is open.
const INVITATION =
  /\b(yet|first|leave|add|write|noch|encore|todavia|aun|ainda|ancora)\b|ابھی|هنوز|بعد|尚|まだ|还没|還沒/u;

function isCommentForm(form: Element): boolean {
  const names = `${form.id} ${form.getAttribute('class') ?? ''} ${form.getAttribute('action') ?? ''}`.toLowerCase();
  return names.includes('comment') || form.closest(COMMENT_AREA) !== null;
}

/** A visible comment form for this article: WordPress's `#commentform` / `wp-comments-post.php`, or lookalikes. */
export function findCommentForm(index: PageIndex, scope: PageScope): CommentSignal | null {
  const textarea = index.byId('comment');
  const forms = index.byTag('FORM').filter(isCommentForm);
  // A lone `textarea#comment` counts only inside a comment form or area (MSN's feedback box has one too).
  if (textarea?.tagName === 'TEXTAREA') {
    const form = textarea.closest('form');
    if (form ? isCommentForm(form) : textarea.closest(COMMENT_AREA)) forms.push(textarea);
  }
  for (const el of forms) {
    // The textarea itself is "unrendered" text for notices, so test its parent.
    const host = el.tagName === 'TEXTAREA' ? el.parentElement : el;
    if (!host || !isInScope(host, scope)) continue;
    return { kind: 'open', strength: 'strong', evidence: { signal: 'comment-form', selector: describeElement(el) } };
  }
  return null;
}

const isBlock = (el: Element) => el.tagName !== 'SPAN' && el.tagName !== 'A' && !el.classList.contains('comments-link');

/**
 * WordPress theme classes: Twenty Twenty's `.comments-closed` is printed only when closed; `.nocomments` and
 * `.no-comments` also mean "no comments yet" on open posts and, on inline links, a zero count, so they stay weak.
 */
export function findClosedClasses(index: PageIndex, scope: PageScope): CommentSignal[] {
  const signals: CommentSignal[] = [];
  const skip = (child: Element) => excludedSelf(child, scope) !== null;
  const definite = index.byClass('comments-closed');
  const ambiguous = [...index.byClass('nocomments'), ...index.byClass('no-comments')];
  for (const el of [...definite, ...ambiguous]) {
    if (!isBlock(el) || el.querySelector('a[href*="#respond"], a[href*="#comment"]') || !isInScope(el, scope)) continue;
    const text = visibleText(el, skip);
    const strong = definite.includes(el);
    if (!strong && INVITATION.test(normalizeText(text))) continue;
    signals.push({
      kind: 'closed',
      strength: strong ? 'strong' : 'weak',
      evidence: { signal: 'wp-closed-class', text: text || undefined, selector: describeElement(el) },
    });
  }
  return signals;
}
