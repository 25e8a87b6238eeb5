import { browser } from 'wxt/browser';
import { markInPage } from './mark-in-page';

/** How long the found text stays outlined in the page. */
export const MARK_MS = 2_000;

export type ShowOutcome = { kind: 'shown'; found: number; index: number } | { kind: 'missing' } | { kind: 'no-access' };

/**
 * Scrolls the original page to `needles` (a paragraph's text, or the original words of an entity's mentions) and
 * marks it briefly. Uses the tab's activeTab grant: once the tab has navigated, the browser refuses and we say so.
 */
export async function showOnPage(tabId: number, needles: string[], occurrence = 0): Promise<ShowOutcome> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: markInPage,
      args: [needles, occurrence, MARK_MS],
    });
    const result = frame?.result as { found: number; index: number } | undefined;
    return result?.found ? { kind: 'shown', ...result } : { kind: 'missing' };
  } catch {
    return { kind: 'no-access' };
  }
}
