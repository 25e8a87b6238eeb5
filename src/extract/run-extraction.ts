import { detectCommentState } from '../comments/detect-comment-state';
import { extractArticle } from './extract-article';
import type { CommentState, ExtractResult } from './types';

function commentsOf(doc: Document, lang: string | undefined): { comments: CommentState; ms: number } {
  const start = performance.now();
  try {
    return { comments: detectCommentState(doc, { articleLang: lang }), ms: performance.now() - start };
  } catch (error) {
    return { comments: { state: 'unknown', reason: String(error) }, ms: performance.now() - start };
  }
}

/** What `extract.js` does in the page: read the article and the state of its comments. Never throws. */
export function runExtraction(doc: Document): ExtractResult {
  const start = performance.now();
  try {
    const outcome = extractArticle(doc);
    const extractMs = performance.now() - start;
    const { comments, ms } = commentsOf(doc, outcome.ok ? outcome.article.lang : undefined);
    if (!outcome.ok) return { ...outcome, comments };
    return { ok: true, article: outcome.article, comments, timings: { extractMs, commentsMs: ms }, mode: outcome.mode };
  } catch (error) {
    return { ok: false, reason: 'error', message: `The page could not be read: ${String(error)}` };
  }
}
