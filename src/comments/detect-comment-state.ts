import type { CommentState } from '../extract/types';
import { collectNotices } from './collect-notices';
import { readCommentCount } from './comment-count';
import { findEmbed } from './embed-providers';
import { findMainArticle } from './find-main-article';
import { indexPage } from './page-index';
import { readCommentsFeed, readYoastSignal } from './metadata-signals';
import type { PageScope } from './page-scope';
import { resolveCommentState } from './resolve-comment-state';
import { findClosedClasses, findCommentForm } from './structural-signals';

const COUNTED_STATES = new Set(['open', 'closed', 'restricted', 'embedded']);

/**
 * Whether the page lets readers comment on THIS article, with the page's own words as evidence. Runs in the page
 * (content script or jsdom), reads the live DOM without modifying it, and never throws.
 */
export function detectCommentState(doc: Document, options: { articleLang?: string } = {}): CommentState {
  try {
    const index = indexPage(doc);
    const scope: PageScope = { main: findMainArticle(index), win: doc.defaultView, styleHidden: new Map() };
    const yoast = readYoastSignal(index);
    const feed = readCommentsFeed(doc, index);
    const state = resolveCommentState({
      notices: collectNotices(doc, scope, options.articleLang),
      closedClasses: findClosedClasses(index, scope),
      form: findCommentForm(index, scope),
      embed: findEmbed(index, scope),
      hints: [yoast.signal, feed].filter((s) => s !== null),
      yoastWithoutAction: yoast.graphWithoutAction,
    });
    if (!COUNTED_STATES.has(state.state)) return state;
    const shown = readCommentCount(index, scope);
    return shown ? { ...state, count: shown.count } : state;
  } catch (error) {
    return { state: 'unknown', reason: `Comment detection failed: ${String(error)}` };
  }
}
