import { cacheKey } from '../../cache/cache-key';
import type { TranslationCache } from '../../cache/translation-cache';
import type { ConcreteProviderId } from '../provider-ids';
import { createBlockAssembler } from './block-assembler';
import { lookUpCache, lookupCovers } from './look-up-cache';
import { planBatches } from './plan-batches';
import type { RouterInput, RouterSummary, Segment } from './router-types';
import { runPool } from './run-pool';
import { splitLongText } from './split-long-text';
import { translateBatch, type BatchContext } from './translate-batch';

interface Hit {
  text: string;
  provider: ConcreteProviderId;
}

/**
 * Cached translations of the blocks, by block index: the main provider's first, else the fallback's. The keys are
 * kept (`keysOf`), so a block that arrives later is stored at once, without hashing its text again. A lookup started
 * earlier (`input.lookup`) is used when it covers these texts and providers.
 */
async function lookUp(
  input: RouterInput,
  cache: TranslationCache,
  keysOf: Map<ConcreteProviderId, string[]>,
): Promise<Map<number, Hit>> {
  const texts = input.blocks.map((block) => block.text);
  const providers = [input.provider.id, ...(input.fallback ? [input.fallback.id] : [])];
  const early = input.lookup;
  const lookup =
    early && lookupCovers(early, cache, input.from, input.to, texts, providers)
      ? early
      : lookUpCache(cache, providers, input.from, input.to, texts);
  const { keysOf: keys, found } = await lookup.result;
  const keySets = providers.map((id) => keys.get(id) ?? []);
  providers.forEach((id, p) => keysOf.set(id, keySets[p] ?? []));
  const hits = new Map<number, Hit>();
  texts.forEach((_, i) => {
    for (const [p, keys] of keySets.entries()) {
      const text = found.get(keys[i] ?? '');
      const id = providers[p];
      if (text !== undefined && id) return void hits.set(i, { text, provider: id });
    }
  });
  return hits;
}

function splitIfLonger(text: string, maxChars: number): { parts: string[]; gaps: string[] } {
  return text.length <= maxChars ? { parts: [text], gaps: [] } : splitLongText(text, maxChars);
}

function store(cache: TranslationCache, key: string | Promise<string>, text: string): void {
  // A lost cache write costs a later request, nothing more.
  Promise.resolve(key)
    .then((k) => cache.put(k, text))
    .catch(() => undefined);
}

/**
 * Translates an article's blocks: cached blocks at once, then the rest (each distinct text once) in as few requests as
 * the provider's limits allow (the opening blocks in their own small first request), `limits.concurrency` at a time,
 * with retries and the fallback. Each block is reported once through `onBlock`, as soon as it is ready. After an abort
 * nothing more is reported and the summary says `aborted`.
 */
export async function translateBlocks(input: RouterInput): Promise<RouterSummary> {
  const { blocks, provider, cache, signal, onBlock } = input;
  const now = input.now ?? (() => performance.now());
  const started = now();
  const summary: RouterSummary = {
    total: blocks.length,
    fromCache: 0,
    translated: 0,
    failed: 0,
    requests: 0,
    batches: 0,
    aborted: false,
    timings: { cacheMs: 0, totalMs: 0 },
  };
  const emit: RouterInput['onBlock'] = (event) => {
    if (signal.aborted) return;
    summary.timings.firstBlockMs ??= now() - started;
    if (event.state === 'error') summary.failed++;
    else if (event.fromCache) summary.fromCache++;
    else summary.translated++;
    onBlock(event);
  };
  const finish = () => ({
    ...summary,
    aborted: signal.aborted,
    timings: { ...summary.timings, totalMs: now() - started },
  });

  // A cache that fails to answer is a cache that missed: translating must not depend on it.
  const keysOf = new Map<ConcreteProviderId, string[]>();
  const hits =
    cache && !signal.aborted
      ? await lookUp(input, cache, keysOf).catch(() => new Map<number, Hit>())
      : new Map<number, Hit>();
  summary.timings.cacheMs = now() - started;
  if (signal.aborted) return finish();
  for (const [i, hit] of hits) {
    const block = blocks[i];
    if (block) emit({ id: block.id, state: 'done', text: hit.text, fromCache: true, provider: hit.provider });
  }

  // A text that appears in several blocks (a repeated "Advertisement", a pull quote) is sent once: its copies get the
  // same answer, or the same error, when it arrives.
  const firstWith = new Map<string, number>();
  const copiesOf = new Map<number, number[]>();
  const withCopies = (i: number) => [i, ...(copiesOf.get(i) ?? [])];

  const assembler = createBlockAssembler(
    input.to,
    (i, text, by) => {
      if (signal.aborted) return;
      for (const at of withCopies(i)) {
        const block = blocks[at];
        if (block) emit({ id: block.id, state: 'done', text, fromCache: false, provider: by });
      }
      const block = blocks[i];
      if (cache && block) store(cache, keysOf.get(by)?.[i] ?? cacheKey(by, input.from, input.to, block.text), text);
    },
    (i, error) => {
      for (const at of withCopies(i)) {
        const block = blocks[at];
        if (block) emit({ id: block.id, state: 'error', error });
      }
    },
    (i, text) => {
      if (signal.aborted) return;
      for (const at of withCopies(i)) {
        const block = blocks[at];
        if (block) input.onPreview?.(block.id, text);
      }
    },
  );
  const segments: Segment[] = [];
  blocks.forEach((block, i) => {
    if (hits.has(i)) return;
    // Nothing to translate: sending whitespace would only cost a request.
    if (!block.text.trim())
      return emit({ id: block.id, state: 'done', text: block.text, fromCache: false, provider: provider.id });
    const first = firstWith.get(block.text);
    if (first !== undefined) return void copiesOf.set(first, [...(copiesOf.get(first) ?? []), i]);
    firstWith.set(block.text, i);
    const { parts, gaps } = splitIfLonger(block.text, provider.limits.maxChars);
    assembler.expect(i, parts.length, gaps);
    parts.forEach((text, part) => segments.push({ block: i, part, text }));
  });

  const batches = planBatches(segments, provider.limits);
  summary.batches = batches.length;
  const { from, to, sleep, random, onWait, fallback, changed } = input;
  const context: BatchContext = {
    ...{ from, to, signal, sleep, random, onWait, provider, fallback, changed, state: {} },
    deliver: assembler.deliver,
    fail: assembler.fail,
    preview: input.onPreview ? assembler.preview : undefined,
    onRequest: () => void summary.requests++,
  };
  const pool = runPool(
    batches.map((batch) => () => translateBatch(batch, context)),
    provider.limits.concurrency,
    signal,
  );
  // The pool starts its first requests before it waits on anything.
  if (!signal.aborted) input.onUnderway?.();
  await pool;
  return finish();
}
