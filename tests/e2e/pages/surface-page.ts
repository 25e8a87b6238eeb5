import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { blocksOf, type ShownBlock } from '../popup-blocks';

/**
 * What a reader sees on one of Tarjuma's surfaces (popup, side panel, reader view), read through the contract's
 * `data-testid` hooks: one page object instead of selectors in every test.
 */
export class SurfacePage {
  constructor(readonly page: Page) {}

  blocks(): Promise<ShownBlock[]> {
    return blocksOf(this.page);
  }

  /** Blocks in `state`; `done` counts only blocks showing a translation. */
  async count(state: 'pending' | 'done' | 'error'): Promise<number> {
    return (await this.blocks()).filter((b) => b.state === state && (state !== 'done' || b.text !== null)).length;
  }

  /** Waits until `expected` blocks (default: every block, at least one) show their translation; returns the blocks. */
  async waitTranslated(expected?: number, timeout = 30_000): Promise<ShownBlock[]> {
    await expect
      .poll(
        async () => {
          const blocks = await this.blocks();
          const done = blocks.filter((b) => b.state === 'done' && b.text !== null).length;
          return expected === undefined ? blocks.length > 0 && done === blocks.length : done === expected;
        },
        { timeout },
      )
      .toBe(true);
    return this.blocks();
  }

  /** Waits until every block has settled (done or error). */
  async waitSettled(timeout = 40_000): Promise<ShownBlock[]> {
    await expect
      .poll(
        async () => {
          const blocks = await this.blocks();
          return blocks.length > 0 && blocks.every((b) => b.state !== 'pending');
        },
        { timeout },
      )
      .toBe(true);
    return this.blocks();
  }

  /** The error line of block `id`, without its Retry button. */
  async errorOf(id: string): Promise<string | null> {
    const line = this.page.locator(`[data-testid="block"][data-block-id="${id}"] .block-error span`);
    return (await line.count()) ? line.textContent() : null;
  }

  /** The Retry button of block `id` alone. */
  retryBlock(id: string): Promise<void> {
    return this.page.locator(`[data-testid="block"][data-block-id="${id}"] .block-error button`).click();
  }

  stateOf(id: string): Promise<string | null> {
    return this.page.locator(`[data-testid="block"][data-block-id="${id}"]`).getAttribute('data-state');
  }

  retryFailed(): Promise<void> {
    return this.page.locator('button.retry-all').click();
  }

  /** The status card (`data-kind` says which: loading, error, new-page…), or null when there is none. */
  async status(): Promise<{ kind: string | null; text: string | null } | null> {
    const card = this.page.getByTestId('status').first();
    if (!(await card.count())) return null;
    return { kind: await card.getAttribute('data-kind'), text: await card.textContent() };
  }

  title(): Promise<string | null> {
    return this.page.getByTestId('article-title').textContent();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
