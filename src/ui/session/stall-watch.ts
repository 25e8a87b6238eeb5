/** How long without news from the provider before the reader is told it is still being waited for. */
export const STALL_NOTICE_AFTER_MS = 10_000;

export interface StallWatch {
  /** Something arrived (a block, a preview): the silence starts again. */
  progress(): void;
  /** A retry wait of `ms` was announced: its own notice covers that time. */
  waiting(ms: number): void;
  stop(): void;
}

/**
 * Watches a translation for silence: once nothing has come for `afterMs`, `onStall` is told how long it has been, in
 * steps of ten seconds (a live region that changed every second would keep a screen reader talking), until something
 * arrives (`onResume`) or the watch stops. A slow local server or a hung connection then reads "still waiting…", not
 * a popup that looks frozen.
 */
export function watchForStall(
  onStall: (seconds: number) => void,
  onResume: () => void,
  options: { afterMs?: number; now?: () => number } = {},
): StallWatch {
  const afterMs = options.afterMs ?? STALL_NOTICE_AFTER_MS;
  const now = options.now ?? (() => Date.now());
  let quietSince = now();
  let told: number | undefined;
  const timer = setInterval(() => {
    const quiet = now() - quietSince;
    if (quiet < afterMs) return;
    const seconds = Math.floor(quiet / 10_000) * 10;
    if (seconds === told) return;
    told = seconds;
    onStall(seconds);
  }, 1_000);
  const heard = (from: number) => {
    quietSince = from;
    if (told !== undefined) {
      told = undefined;
      onResume();
    }
  };
  return {
    progress: () => heard(now()),
    waiting: (ms) => heard(now() + ms),
    stop: () => clearInterval(timer),
  };
}
