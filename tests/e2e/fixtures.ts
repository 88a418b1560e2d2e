import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM, extensionDir } from './paths';

export interface ExtensionFixtures {
  context: BrowserContext;
  profileDir: string;
  worker: Worker;
  extensionId: string;
  /** Every request the context made that was not to the extension itself or a routed store page. */
  networkLog: string[];
  openPage: (path: string) => Promise<Page>;
}

export const LAUNCH_ARGS = (dir: string) => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(profileDir: string, locale = 'zh-CN'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    args: [...LAUNCH_ARGS(extensionDir('chrome-mv3')), `--lang=${locale}`],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<ExtensionFixtures & { uiLocale: string }>({
  uiLocale: ['zh-CN', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'repay-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  networkLog: async ({ context }, use) => {
    const log: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('chrome-extension://') && !url.startsWith('data:')) log.push(url);
    });
    await use(log);
  },
  context: async ({ profileDir, uiLocale }, use) => {
    const context = await launch(profileDir, uiLocale);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;
