import type { Page } from 'playwright-core';

/** What a reader sees of each article block in the popup (or reader view), in order. */
export interface ShownBlock {
  id: string;
  /** `pending`, `done` or `error`; a block not being translated reads `done`. */
  state: string | null;
  /** The translation shown, if any. */
  text: string | null;
  /** A streamed translation shown before the checked one, if any. */
  preview: string | null;
  previewBusy: string | null;
  previewDir: string | null;
  /** The block's own error line, if any. */
  error: string | null;
}

export const blocksOf = (popup: Page): Promise<ShownBlock[]> =>
  popup.locator('[data-testid="block"]').evaluateAll((els) =>
    els.map((el) => {
      const preview = el.querySelector('[data-testid="translation-preview"]');
      return {
        id: el.getAttribute('data-block-id') ?? '',
        state: el.getAttribute('data-state'),
        text: el.querySelector('[data-testid="translation"]')?.textContent ?? null,
        preview: preview?.textContent ?? null,
        previewBusy: preview?.getAttribute('aria-busy') ?? null,
        previewDir: preview?.getAttribute('dir') ?? null,
        error: el.querySelector('.block-error')?.textContent ?? null,
      };
    }),
  );

/** How many blocks are in `state`; `done` counts only blocks showing a translation. */
export const countShown = async (popup: Page, state: string) =>
  (await blocksOf(popup)).filter((b) => b.state === state && (state !== 'done' || b.text !== null)).length;
