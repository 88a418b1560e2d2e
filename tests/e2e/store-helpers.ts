import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

/** A store-page fixture's HTML (tests/fixtures/store). */
export const fixtureHtml = (name: string) => readFileSync(new URL(`../fixtures/store/${name}`, import.meta.url), 'utf8');

/**
 * Serves `html` at a real store address, so the production manifest's `matches` decide whether the
 * content script runs; every other request of the page is answered empty, never sent to the network.
 */
export async function serveAt(context: BrowserContext, url: string, html: string, headers: Record<string, string> = {}): Promise<void> {
  await context.route(
    (u) => u.href === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  await context.route(
    (u) => u.href !== url && /^https?:/.test(u.href),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
}

export async function openStorePage(context: BrowserContext, url: string, html: string, headers?: Record<string, string>): Promise<Page> {
  await serveAt(context, url, html, headers);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Scans the content script has made: each is a `performance.measure` named repay-helper:scan. */
export const scanCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('repay-helper:scan').length);

/** The marked elements as "kind:tag.class", in document order. */
export const marks = (page: Page) =>
  page.$$eval('[data-repay-highlight]', (elements) =>
    elements.map((e) => `${e.getAttribute('data-repay-highlight')}:${e.tagName.toLowerCase()}${e.className ? `.${e.className}` : ''}`),
  );

export const panel = (page: Page, part: string) => page.locator(`repay-helper-panel [data-part="${part}"]`);
