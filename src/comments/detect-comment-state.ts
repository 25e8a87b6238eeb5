import type { CommentState } from '../extract/types';
import { collectNotices } from './collect-notices';
import type { PageNotice } from './collect-notices';
import { readCommentCount } from './comment-count';
import type { DetectionContext } from './comment-signal';
import { findMainArticle } from './find-main-article';
import { indexPage } from './page-index';
import type { PageScope } from './page-scope';
import { resolveCommentState } from './resolve-comment-state';
import { SIGNAL_DETECTORS } from './signals';

const COUNTED_STATES = new Set(['open', 'closed', 'restricted', 'embedded']);

/**
 * Whether the page lets readers comment on THIS article, with the page's own words as evidence. Runs in the page
 * (content script or jsdom), reads the live DOM without modifying it, and never throws.
 */
export function detectCommentState(doc: Document, options: { articleLang?: string } = {}): CommentState {
  try {
    const index = indexPage(doc);
    const scope: PageScope = {
      main: findMainArticle(index),
      anchor: index.byId('comments') ?? null,
      win: doc.defaultView,
      styleHidden: new Map(),
    };
    let notices: PageNotice[] | undefined;
    const context: DetectionContext = {
      doc,
      index,
      scope,
      articleLang: options.articleLang,
      notices: () => (notices ??= collectNotices(doc, scope, options.articleLang)),
    };
    const state = resolveCommentState(SIGNAL_DETECTORS.flatMap((detect) => detect(context)));
    if (!COUNTED_STATES.has(state.state)) return state;
    const shown = readCommentCount(index, scope);
    return shown ? { ...state, count: shown.count } : state;
  } catch (error) {
    return { state: 'unknown', reason: `Comment detection failed: ${String(error)}` };
  }
}
