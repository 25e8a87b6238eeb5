import { COMMENT_AREA } from './page-scope';
import type { PageIndex } from './page-index';

/** Words in ids, classes, names and placeholders that make a form or textarea a comment box (the closed-phrase subjects). */
const COMMENT_NAME =
  /comment|kommentar|comentar|commento|commentaire|reactie|reply|respond|تبصر|تعليق|دیدگاه|نظر|评论|評論|留言|コメント|댓글|yorum|komentar/i;
/** Other boxes a page asks readers to type into: share/embed code, newsletter, search, feedback, contact, login. */
const NOT_COMMENTS =
  /newsletter|subscri|search|feedback|share|embed|contact|login|log-in|signin|sign-in|register|mc4wp|mailchimp|poll|survey|report|abuse|flag|moderat|suche|busca|cerca|recherche/i;
/** Frames that hold a comment editor: Blogger's comment frame and Jetpack's remote comment form. */
const EDITOR_FRAME = /blogger\.com\/comment|jetpack\.wordpress\.com\/jetpack-comment/;
const EDITOR_FRAME_IDS = new Set(['comment-editor', 'jetpack_remote_comment']);

const namesOf = (el: Element) =>
  ['id', 'class', 'name', 'action', 'placeholder', 'aria-label', 'title']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');

const isTrap = (el: Element) => {
  const form = el.closest('form');
  return NOT_COMMENTS.test(namesOf(el)) || (form !== null && form !== el && NOT_COMMENTS.test(namesOf(form)));
};

function isCommentForm(form: Element): boolean {
  const names = namesOf(form);
  if (NOT_COMMENTS.test(names)) return false;
  if (COMMENT_NAME.test(names)) return true;
  // Named otherwise but in the comment area: a comment form if it has somewhere to write.
  return (
    form.closest(COMMENT_AREA) !== null && form.querySelector('textarea, iframe, [contenteditable="true"]') !== null
  );
}

export interface CommentFormCandidate {
  el: Element;
  /** The element whose place decides visibility: a frame's or textarea's parent, since those tags hold no text. */
  host: Element;
  kind: 'form' | 'textarea' | 'frame';
}

/** Forms, textareas and editor frames that take a comment for this page, whatever their state. */
export function findCommentForms(index: PageIndex): CommentFormCandidate[] {
  const found: CommentFormCandidate[] = [];
  for (const form of index.byTag('FORM')) if (isCommentForm(form)) found.push({ el: form, host: form, kind: 'form' });
  for (const textarea of index.byTag('TEXTAREA')) {
    // Inside a form, the form decides (MSN's abuse-report form has a `textarea#comment`); a bare box counts only in
    // the comment area, where script-driven systems put theirs.
    if (textarea.closest('form') || !textarea.closest(COMMENT_AREA)) continue;
    if (!COMMENT_NAME.test(namesOf(textarea)) || isTrap(textarea) || !textarea.parentElement) continue;
    found.push({ el: textarea, host: textarea.parentElement, kind: 'textarea' });
  }
  for (const frame of index.byTag('IFRAME')) {
    const src = frame.getAttribute('src') ?? '';
    if (!EDITOR_FRAME_IDS.has(frame.id) && !EDITOR_FRAME.test(src)) continue;
    if (!frame.parentElement || found.some((c) => c.el.contains(frame))) continue;
    found.push({ el: frame, host: frame.parentElement, kind: 'frame' });
  }
  // Blogger prints the frame's address in a link and creates the frame by script: the link alone is the editor.
  const blogger = index.byId('comment-editor-src');
  if (blogger?.parentElement && EDITOR_FRAME.test(blogger.getAttribute('href') ?? '')) {
    if (!found.some((c) => c.host === blogger.parentElement)) {
      found.push({ el: blogger, host: blogger.parentElement, kind: 'frame' });
    }
  }
  return found;
}

/** Attribute values and class words by which a comment form says it is switched off. */
const OFF_CLASS = /(?:^|[\s_-])(?:comments?[-_]?(?:off|disabled|closed|locked)|wpd-comments-closed)(?:$|[\s_-])/i;
const OFF_DATA = /^(?:data-)?(?:comments?|commenting|comments?-enabled|comments?-open|allow-comments)$/i;
const OFF_VALUE = /^(?:off|false|0|no|closed|disabled|locked)$/i;

/** Why a comment form cannot take this reader's comment, or null when it can. */
export function whyDisabled(candidate: CommentFormCandidate): string | null {
  const { el } = candidate;
  if (el.closest('fieldset[disabled]')) return 'disabled';
  const boxes = el.tagName === 'TEXTAREA' ? [el] : [...el.querySelectorAll('textarea')];
  if (boxes.length > 0 && boxes.every((box) => box.hasAttribute('disabled') || box.hasAttribute('readonly'))) {
    return 'disabled';
  }
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (node.getAttribute('aria-disabled') === 'true' || (node === el && el.hasAttribute('disabled')))
      return 'disabled';
    if (OFF_CLASS.test(node.getAttribute('class') ?? '')) return 'marked-off';
    for (const attr of node.attributes) if (OFF_DATA.test(attr.name) && OFF_VALUE.test(attr.value)) return 'marked-off';
    // Only the form and its own wrappers speak for it: stop at the comment area.
    if (node.matches(COMMENT_AREA)) break;
  }
  return null;
}
