import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** axe-core's source, to evaluate in a page. */
export const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Evaluated in a page where axe-core is loaded: its serious and critical violations. */
export async function seriousViolationsInPage(): Promise<AxeViolation[]> {
  const axe = (
    window as unknown as {
      axe: {
        run: (
          ctx: Document,
        ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }>;
      };
    }
  ).axe;
  const { violations } = await axe.run(document);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: extension pages' CSP forbids injected script tags.
  await page.evaluate(AXE);
  return page.evaluate(seriousViolationsInPage);
}
