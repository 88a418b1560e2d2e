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
 * Serious and critical axe-core violations on the page, one readable line each. `include` limits the
 * scan to one element (a CSS selector), e.g. our own panel on a store page.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: unknown[] }> } }).axe
        .run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] })
        .then((result) => result.violations),
    include,
  )) as Violation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
}
