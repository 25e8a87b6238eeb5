import type * as Chunk from './entities-chunk';

/** One block to recognise early, in its language. */
interface Pending {
  text: string;
  lang: string;
}

/** The next moment the page has nothing else to do (its frames drawn, its events handled). */
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  );

/**
 * Recognises blocks while the translation is still on its way, one per idle moment, so that the highlights follow the
 * last block at once instead of after a pass over the whole article. First what the translation's recogniser loads on
 * first use, then translated blocks, then the source's (which linking reads). The recogniser remembers each block by
 * its text, so recognising the article at the end finds them done; nothing here changes what it finds. Stops when
 * `signal` aborts (its run is over) or `stop` is called (the article is being recognised as a whole).
 */
export class RecogniseAhead {
  readonly #prepare: Pending[] = [];
  readonly #translated: Pending[] = [];
  readonly #sources: Pending[] = [];
  #running = false;
  #stopped = false;

  constructor(signal: AbortSignal) {
    if (signal.aborted) this.stop();
    else signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.#stopped = true;
    for (const queue of [this.#prepare, this.#translated, this.#sources]) queue.length = 0;
  }

  /** Loads the word lists and weights of the recogniser of `lang` (recognising an empty block). */
  prepare(lang: string): void {
    this.#add(this.#prepare, { text: '', lang });
  }

  translated(text: string, lang: string): void {
    this.#add(this.#translated, { text, lang });
  }

  source(text: string, lang: string): void {
    this.#add(this.#sources, { text, lang });
  }

  #add(queue: Pending[], pending: Pending): void {
    if (this.#stopped) return;
    queue.push(pending);
    if (!this.#running) void this.#work();
  }

  async #work(): Promise<void> {
    this.#running = true;
    try {
      let chunk: typeof Chunk | undefined;
      for (;;) {
        await idle();
        const next = this.#prepare.shift() ?? this.#translated.shift() ?? this.#sources.shift();
        if (!next || this.#stopped) break;
        // Loaded only once there is work: an article read before (every block and its entities kept) stops this
        // before the first idle moment, and never loads the recogniser at all.
        chunk ??= await import('./entities-chunk');
        if (this.#stopped) break;
        chunk.recogniseAhead(next.text, next.lang);
      }
    } catch {
      // The chunk did not load: the recognition at the end loads it again and reports what went wrong.
    } finally {
      this.#running = false;
    }
  }
}
