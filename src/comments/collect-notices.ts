import { CLOSED_PHRASES } from './closed-phrases';
import type { CommentEvidence } from '../extract/types';
import { describeElement, visibleText } from './describe-element';
import { compileTable, isShortNotice, keywordsOf, matchNotice } from './match-notice';
import type { NoticeMatch } from './match-notice';
import { normalizeText } from './normalize-text';
import { ARTICLE_BODY, COMMENT_AREA, excludedSelf, isInScope } from './page-scope';
import type { PageScope } from './page-scope';
import { readAudience } from './read-audience';
import { RESTRICTED_PHRASES } from './restricted-phrases';

const CLOSED = compileTable(CLOSED_PHRASES);
const RESTRICTED = compileTable(RESTRICTED_PHRASES);
const ALL_KEYWORDS = [...new Set([...keywordsOf(CLOSED), ...keywordsOf(RESTRICTED)])];

// A notice is a few words; a text node longer than this is article prose, and so is any element holding it.
const MAX_NODE_CHARS = 200;
const MAX_ELEMENT_CHARS = 400;
const ANCESTOR_LEVELS = 4;
// A requirement is a sentence with a condition in it: allowed a few more words than a closing notice.
const REQUIREMENT_WORDS = 16;

const SKIPPED_SUBTREES = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'svg', 'SVG']);

/**
 * Elements around text nodes that hold a keyword: up to a few ancestors, while still short. Hidden and off-topic
 * regions are checked afterwards, only for these few, because reading attributes on every element is slow in jsdom.
 */
function candidateElements(doc: Document): Set<Element> {
  const candidates = new Set<Element>();
  // A list of thousands of "Comments Off" lines shares one parent: measure its text once, not once per line.
  const lengths = new Map<Element, number>();
  const textLength = (el: Element): number => {
    let length = lengths.get(el);
    if (length === undefined) {
      length = (el.textContent ?? '').length;
      lengths.set(el, length);
    }
    return length;
  };
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) {
        if (!SKIPPED_SUBTREES.has((node as Element).tagName)) visit(node);
        continue;
      }
      if (node.nodeType !== 3) continue;
      const raw = node.nodeValue ?? '';
      if (raw.length > MAX_NODE_CHARS || !raw.trim()) continue;
      const text = normalizeText(raw);
      if (!ALL_KEYWORDS.some((keyword) => text.includes(keyword))) continue;
      let el = node.parentElement;
      for (let level = 0; el && level < ANCESTOR_LEVELS; level += 1, el = el.parentElement) {
        if (textLength(el) > MAX_ELEMENT_CHARS) break;
        candidates.add(el);
      }
    }
  };
  visit(doc.body ?? doc.documentElement);
  return candidates;
}

/** A closed or restricted notice the page shows, with where it sits. */
export interface PageNotice {
  kind: 'closed' | 'restricted';
  /** Inside the comment area (`#comments`, `#respond`…), rather than in an entry meta line or elsewhere. */
  inThread: boolean;
  evidence: CommentEvidence;
  audience?: string;
}

function placeOf(el: Element, normalised: string): 'thread' | 'elsewhere' | null {
  if (el.closest(COMMENT_AREA)) return 'thread';
  // Inside the article's own text only a bare notice counts, never a sentence about comments.
  if (el.closest(ARTICLE_BODY)) return normalised.split(' ').length <= 6 ? 'elsewhere' : null;
  return 'elsewhere';
}

function toNotice(el: Element, text: string, normalised: string, match: NoticeMatch, kind: PageNotice['kind']) {
  const place = placeOf(el, normalised);
  if (!place) return null;
  const notice: PageNotice = {
    kind,
    inThread: place === 'thread',
    evidence: {
      signal: kind === 'closed' ? 'phrase' : 'restricted-phrase',
      text,
      selector: describeElement(el),
      lang: match.entry.lang,
    },
  };
  if (kind === 'restricted') notice.audience = readAudience(text, match.keyword);
  return notice;
}

const THREAD_LINK = /#(?:respond|comments?|disqus_thread)\b/;

const isThreadLink = (el: Element) => el.tagName === 'A' && THREAD_LINK.test(el.getAttribute('href') ?? '');

const TEASER_LEVELS = 4;
const MAX_NOTICES_PER_KIND = 8;

/**
 * Whether the notice sits in a list item that links to another page: another post's teaser ("Ferry back · Comments
 * closed" in a most-read list), wherever the list is. Only links elsewhere count; `#respond` links are this page's.
 */
function isTeaser(el: Element): boolean {
  const here = el.ownerDocument.URL;
  let item: Element | null = el;
  for (let level = 0; item && item.tagName !== 'LI' && level < TEASER_LEVELS; level += 1) item = item.parentElement;
  if (item?.tagName !== 'LI') return false;
  for (const link of item.querySelectorAll('a[href]')) {
    try {
      const target = new URL(link.getAttribute('href') ?? '', here);
      const page = new URL(here);
      if (target.pathname !== page.pathname || target.host !== page.host) return true;
    } catch {
      continue;
    }
  }
  return false;
}

/** Closed and restricted notices on short, visible elements about this article, smallest element first. */
export function collectNotices(doc: Document, scope: PageScope, articleLang?: string): PageNotice[] {
  const matched: { el: Element; notice: PageNotice }[] = [];
  // A count or invitation link to this page's thread ("No comments yet on “…”") never holds the notice itself, but can
  // make the line that does too long to read as one: leave it out of the notice's text.
  const skip = (child: Element) => excludedSelf(child, scope) !== null || isThreadLink(child);
  for (const el of candidateElements(doc)) {
    if (!isInScope(el, scope, false)) continue;
    // A separator left where a count link was ("– Kommentare sind geschlossen.") is not part of the notice.
    const text = visibleText(el, skip).replace(/^[\p{Pd}·•|:;,\s]+/u, '');
    const normalised = normalizeText(text);
    if (!normalised || !isShortNotice(normalised, REQUIREMENT_WORDS)) continue;
    const closed = isShortNotice(normalised) ? matchNotice(normalised, CLOSED, articleLang) : null;
    const restricted = closed ? null : matchNotice(normalised, RESTRICTED, articleLang);
    const match = closed ?? restricted;
    if (!match) continue;
    const notice = toNotice(el, text, normalised, match, closed ? 'closed' : 'restricted');
    if (notice) matched.push({ el, notice });
  }
  // Keep the innermost element of each notice: mark every matched ancestor of a match (a walk up, not a pairwise
  // comparison, which costs seconds on list pages with thousands of "Comments Off" lines).
  const kinds = new Map(matched.map(({ el, notice }) => [el, notice.kind]));
  const outer = new Set<Element>();
  for (const { el, notice } of matched) {
    for (let up = el.parentElement, level = 0; up && level < ANCESTOR_LEVELS; up = up.parentElement, level += 1) {
      if (kinds.get(up) === notice.kind) outer.add(up);
    }
  }
  const notices: PageNotice[] = [];
  for (const { el, notice } of matched) {
    if (outer.has(el) || (!notice.inThread && isTeaser(el))) continue;
    // Hidden-by-stylesheet ones go last since getComputedStyle is slow; a few of each kind are all the resolver needs.
    if (notices.filter((n) => n.kind === notice.kind).length >= MAX_NOTICES_PER_KIND) continue;
    if (isInScope(el, scope)) notices.push(notice);
  }
  return notices;
}
