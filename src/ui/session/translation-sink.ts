import type { Block, CommentState } from '../../extract/types';
import type { Settings } from '../../settings/settings-schema';
import type { BlockTranslation } from './block-translation';
import type { AccessGate } from '../../translate/provider-access';

export type SkipReason = 'same-language' | 'never';

/** What one translation run needs: plain data, no view state. */
export interface TranslationInput {
  blocks: readonly Block[];
  from: string;
  to: string;
  settings: Settings;
  comments: CommentState | null;
  /** Only these blocks (a retry); otherwise the whole article starts over. */
  only?: readonly string[];
  /** The run was started by a click: an on-device model may be downloaded. */
  gesture?: boolean;
}

/** Where a run reports what happens, in order. The view state implements it; tests record it. */
export interface TranslationSink {
  /** The article is not translated at all (the reader reads its language). */
  skipped(reason: SkipReason | null): void;
  /** Text may not leave yet: the reader must agree, the browser must grant, or a model must be downloaded. */
  gated(gate: AccessGate | null, providerLabel: string): void;
  download(state: { needed: boolean; progress: number | null } | null): void;
  /** These blocks start over as pending; `reset`: a whole new pass (counters and entities start again). */
  started(ids: readonly string[], reset: boolean, providerLabel: string): void;
  block(id: string, translation: BlockTranslation): void;
  /** The cached blocks are reported and the first requests are on their way (or nothing needs sending). */
  underway(): void;
  notice(text: string): void;
  commentsQuote(text: string): void;
}
