export interface BlockTranslation {
  state: 'pending' | 'done' | 'error';
  text?: string;
  /** While pending: what a streaming provider has written so far for this block, shown but never kept. */
  preview?: string;
  /** A message the reader can act on, in their language. */
  error?: string;
  fromCache?: boolean;
}
