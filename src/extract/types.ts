/**
 * The value `extract.js` returns to the extension page that injected it: the contract between the page and Tarjuma.
 * Adding fields is fine; renaming or removing one is a breaking change (see README, "Contracts").
 */
export type BlockKind = 'title' | 'subtitle' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption';

export interface Block {
  id: string;
  kind: BlockKind;
  text: string;
}

export interface Article {
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  excerpt?: string;
  /** From the page's markup (`<html lang>`, og:locale, JSON-LD): a hint, often wrong. */
  lang?: string;
  dir?: 'rtl' | 'ltr';
  blocks: Block[];
}

export type CommentStateName = 'closed' | 'open' | 'embedded' | 'restricted' | 'none' | 'unknown';

export interface CommentEvidence {
  /** Which signal decided, e.g. `phrase`, `wp-closed-class`, `comment-form`, `disqus`. */
  signal: string;
  /** The page's own words, exactly as shown. */
  text?: string;
  selector?: string;
  /** Language of `text` when known (BCP 47). */
  lang?: string;
}

export interface CommentState {
  state: CommentStateName;
  evidence?: CommentEvidence[];
  /** 0..1 */
  confidence?: number;
  /** Number of comments the page shows, when it shows one. */
  count?: number;
  /** For `embedded`: the system's name (Disqus, Facebook, Coral…). */
  provider?: string;
  /** For `restricted`: who may comment, in the page's words. */
  audience?: string;
  /** For `unknown` after a failure: why. */
  reason?: string;
}

export type ExtractFailure = 'not-article' | 'too-large' | 'error';

export type ExtractResult =
  | {
      ok: true;
      article: Article;
      comments: CommentState;
      timings: { extractMs: number; commentsMs?: number };
      /**
       * How much of the page Readability saw. `narrowed`: a huge page, read from its likeliest container; `container`:
       * that container, too long for Readability, cut into blocks as it is; `paragraphs`: the page's paragraphs in order.
       */
      mode?: 'full' | 'narrowed' | 'container' | 'paragraphs';
    }
  | {
      ok: false;
      reason: ExtractFailure;
      message: string;
      comments?: CommentState;
      /** For `not-article`: what Readability found anyway, so the reader can choose to read it. */
      candidate?: Article;
    };
