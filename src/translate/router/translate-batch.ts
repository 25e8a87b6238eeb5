import type { ProviderError, ProviderErrorKind } from '../errors';
import type { TranslationProvider } from '../provider';
import type { ConcreteProviderId } from '../provider-ids';
import type { ChangedServices } from './changed-services';
import { packSegments } from './plan-batches';
import type { Segment } from './router-types';
import { runPool } from './run-pool';
import { sendWithRetries, type OnPartial, type RequestContext } from './send-request';

/** Failures that will repeat for every batch: once one batch sees them, the others go straight to the fallback. */
const PROVIDER_DOWN: ReadonlySet<ProviderErrorKind> = new Set([
  'auth',
  'quota',
  'unsupported',
  'refused',
  'needs-gesture',
  'service-changed',
]);
/** With a fallback ready, a rate limit is not waited out: it will hold for every batch, and the fallback will not. */
const HANDED_OVER: ReadonlySet<ProviderErrorKind> = new Set(['rate-limit']);

export interface BatchContext extends RequestContext {
  provider: TranslationProvider;
  fallback?: TranslationProvider;
  changed?: ChangedServices;
  /** Shared by all batches of one run. */
  state: { providerDown?: ProviderError };
  deliver: (segment: Segment, text: string, provider: ConcreteProviderId) => void;
  fail: (segment: Segment, error: ProviderError) => void;
  /** A segment's translation while its request is still streaming: shown, not kept. */
  preview?: (segment: Segment, text: string) => void;
}

const textsOf = (segments: readonly Segment[]) => segments.map((segment) => segment.text);

/** Streamed segments of one request, by their index in it, passed on as previews. */
function previewsOf(segments: readonly Segment[], ctx: BatchContext): OnPartial | undefined {
  const { preview } = ctx;
  if (!preview) return undefined;
  return (index, text) => {
    const segment = segments[index];
    if (segment) preview(segment, text);
  };
}

function deliverAll(
  segments: readonly Segment[],
  texts: readonly string[],
  provider: ConcreteProviderId,
  ctx: BatchContext,
) {
  segments.forEach((segment, i) => ctx.deliver(segment, texts[i] ?? '', provider));
}

/** After a wrong count, each segment alone, once: returns the segments that still failed. */
async function oneByOne(segments: readonly Segment[], ctx: BatchContext): Promise<Segment[]> {
  const failed: Segment[] = [];
  const tasks = segments.map((segment) => async () => {
    try {
      const [text] = await sendWithRetries(ctx.provider, [segment.text], { ...ctx, maxAttempts: 1 });
      ctx.deliver(segment, text ?? '', ctx.provider.id);
    } catch {
      if (!ctx.signal.aborted) failed.push(segment);
    }
  });
  // This batch holds one of the run's slots while its items go alone; a wrong count is rare enough that briefly
  // exceeding the provider's concurrency beats sending a long batch's items one after another.
  await runPool(tasks, ctx.provider.limits.concurrency, ctx.signal);
  return failed.sort((a, b) => a.block - b.block || a.part - b.part);
}

/**
 * Translates one batch: the provider with its retries; a wrong count → each item alone; what still failed → the
 * fallback, in requests sized to the fallback's limits; what failed there too → per-segment errors. Never throws:
 * after an abort it simply stops.
 */
export async function translateBatch(segments: Segment[], ctx: BatchContext): Promise<void> {
  let failed = segments;
  let error = ctx.state.providerDown;
  if (!error) {
    try {
      const main = ctx.fallback ? { ...ctx, noRetry: HANDED_OVER } : ctx;
      const texts = await sendWithRetries(ctx.provider, textsOf(segments), main, previewsOf(segments, ctx));
      deliverAll(segments, texts, ctx.provider.id, ctx);
      return;
    } catch (thrown) {
      if (ctx.signal.aborted) return;
      error = thrown as ProviderError;
      if (PROVIDER_DOWN.has(error.kind) || (ctx.fallback && HANDED_OVER.has(error.kind)))
        ctx.state.providerDown = error;
      if (error.kind === 'service-changed') ctx.changed?.add(error.provider);
      if (error.kind === 'bad-response' && segments.length > 1) failed = await oneByOne(segments, ctx);
    }
  }
  if (failed.length === 0 || ctx.signal.aborted) return;
  const { fallback } = ctx;
  if (!fallback) {
    for (const segment of failed) ctx.fail(segment, error);
    return;
  }
  for (const chunk of packSegments(failed, fallback.limits)) {
    try {
      deliverAll(chunk, await sendWithRetries(fallback, textsOf(chunk), ctx, previewsOf(chunk, ctx)), fallback.id, ctx);
    } catch {
      if (ctx.signal.aborted) return;
      // The reader chose (or auto chose) the main provider: its error is the one that explains the failure.
      for (const segment of chunk) ctx.fail(segment, error);
    }
  }
}
