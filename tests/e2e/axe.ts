import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core evaluated as source: extension pages' CSP blocks injected script tags.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * axe-core violations on the page, one readable line each: by default the serious and critical ones
 * on the whole page; `include` limits the scan to one element and its shadow tree (a CSS selector,
 * e.g. our own panel on a store page) and `impacts: 'all'` reports every impact.
 */
export async function violations(page: Page, options: { include?: string; impacts?: 'serious' | 'all' } = {}): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: unknown[] }> } }).axe
        .run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] })
        .then((result) => result.violations),
    options.include,
  )) as Violation[];
  return found
    .filter((violation) => options.impacts === 'all' || violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
}

export const seriousViolations = (page: Page) => violations(page);
