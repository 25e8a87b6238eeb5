import { CLOSED_PHRASES } from './closed-phrases';
import { describeElement, visibleText } from './describe-element';
import { asciiDigits, normalizeText } from './normalize-text';
import { excludedSelf, isInScope } from './page-scope';
import type { PageIndex } from './page-index';
import type { PageScope } from './page-scope';

// Where WordPress themes print the count: above the thread ("12 thoughts on “…”", "3 Comments") and in meta lines.
const COUNT_CLASSES = ['comments-title', 'comment-count', 'comments-count', 'comment-count-area', 'comments-link'];
const COUNT_IDS = ['comments-title'];
const THREAD_IDS = ['comments'];
const THREAD_CLASSES = ['comments-area'];

const COUNT_WORDS = [
  ...new Set([
    ...CLOSED_PHRASES.flatMap((entry) => entry.subjects).map((word) => normalizeText(word)),
    'thought',
    'response',
    'repl',
    'reaction',
    'comment',
  ]),
];
const SPELLED: Record<string, number> = { one: 1, no: 0 };

/** The comment count a short text states ("12 Comments", "No comments"), or null when it states none. */
export function countIn(text: string): number | null {
  const normalised = normalizeText(text);
  if (normalised.length > 200 || !COUNT_WORDS.some((word) => normalised.includes(word))) return null;
  const digits = /(?:^|\D)(\d{1,6})(?!\d)/.exec(asciiDigits(normalised));
  if (digits?.[1]) return Number(digits[1]);
  const spelled = /^(one|no) (comment|thought|response|repl)/.exec(normalised);
  return spelled?.[1] !== undefined ? (SPELLED[spelled[1]] ?? null) : null;
}

/** The number of comments the page shows for this article, with the element that shows it. */
export function readCommentCount(index: PageIndex, scope: PageScope): { count: number; selector: string } | null {
  const skip = (child: Element) => excludedSelf(child, scope) !== null;
  const threads = [...THREAD_IDS.map((id) => index.byId(id)), ...THREAD_CLASSES.flatMap((c) => index.byClass(c))];
  const candidates = [
    ...COUNT_CLASSES.flatMap((name) => index.byClass(name)),
    ...COUNT_IDS.map((id) => index.byId(id)),
    ...threads.flatMap((thread) => (thread ? [...thread.querySelectorAll('h2, h3')] : [])),
  ];
  for (const el of candidates) {
    if (!el) continue;
    const count = countIn(visibleText(el, skip));
    if (count !== null && isInScope(el, scope, false)) return { count, selector: describeElement(el) };
  }
  return null;
}
