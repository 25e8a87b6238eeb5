export interface BlockTranslation {
  state: 'pending' | 'done' | 'error';
  text?: string;
  /** A message the reader can act on, in their language. */
  error?: string;
  fromCache?: boolean;
}
