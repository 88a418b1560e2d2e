import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';

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

/** Our panel: a page of the extension in a frame the store page cannot look into. */
export const panelFrame = (page: Page): FrameLocator => page.frameLocator('iframe[src^="chrome-extension://"]');

/** The panel frame's document, for what needs a whole frame (axe-core); waits until it is there. */
export async function panelDocument(page: Page): Promise<Frame> {
  await panelFrame(page).locator('main').waitFor();
  const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
  if (!frame) throw new Error('no panel frame');
  return frame;
}

/** The panel's frame element in the store page: all the page can see of it. */
export const panelElement = (page: Page) => page.locator('iframe[src^="chrome-extension://"]');

export const panel = (page: Page, part: string) => panelFrame(page).locator(`[data-part="${part}"]`);

/**
 * A user's click on `target` in the panel's frame: the pointer rests on it first, until the frame's
 * document has it under the pointer, then clicks. Headless Chromium now and then sends the first pointer
 * events after a store page (re)loads to the page instead of to the extension frame over it: the page
 * sees a click on its IFRAME element and the frame nothing (3 of 40 runs of one test), while the next
 * move, 100 ms later, reaches the frame.
 */
export async function clickInPanel(target: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await target.hover();
      return target.evaluate((element) => element.matches(':hover'));
    })
    .toBe(true);
  await target.click();
}

/**
 * Our content script's own (isolated) world in `page`, reached through DevTools: what a page that had
 * compromised the content script could do with its extension APIs. `command` sends one command the way
 * lib/send.ts does and returns the background's answer (or the error).
 */
export async function contentScriptWorld(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error('no content-script world in the page');
  const run = async (expression: string): Promise<unknown> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    return exceptionDetails ? `threw ${exceptionDetails.exception?.description ?? exceptionDetails.text}` : result.value;
  };
  const command = (name: string, input?: unknown) =>
    run(
      `chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(name)}, timestamp: Date.now(), data: { clientId: crypto.randomUUID(), input: ${JSON.stringify(input)} } })` +
        `.then((answer) => answer?.res ?? answer, (e) => 'threw ' + e.message)`,
    );
  return { run, command };
}
