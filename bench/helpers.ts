// Shared by every bench/*.bench.ts: the build under test (REPAY_OUT_DIR or .output) in real Chromium, the
// bench-only floor page copied into it, seeding through the background's own importBackup command, the
// rows-in-DOM probe, medians and sizes. Nothing here knows the extension's storage keys.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { buildBackup } from '../lib/core/backup';
import { DEFAULT_SETTINGS, type Plan } from '../lib/core/schemas';
import { launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { extensionDir } from '../tests/e2e/paths';

/** A popup row. The popup may add [data-row]; until then its rows are <li class="row">. */
export const POPUP_ROW = '[data-row], li.row';
/** A plan on the options plans page. */
export const OPTIONS_PLAN = '[data-plan-card], article[data-plan-id]';
/** A row of the plain-DOM floor (bench/floor/bench-floor.js). */
export const FLOOR_ROW = '[data-floor-row]';
/** "Quiet": no chrome.storage.onChanged event in the local area for this long. */
export const QUIET_MS = 1000;

export interface BenchRow {
  name: string;
  /** The figure; NaN when it could not be measured (the note says why). */
  value: number;
  unit: string;
  /** Measured in the same run, same unit; the ratio is value ÷ floor. */
  floor?: number;
  budget?: { ratio: number } | { max: number };
  note?: string;
}

export const median = (values: readonly number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const outDir = () => extensionDir('chrome-mv3');

/** gzip -9 size in KB of files of the build, given as extension URLs or paths inside the build. */
export function gzipKb(files: readonly string[]): number {
  const paths = files.map((file) => (file.includes('://') ? new URL(file).pathname : file));
  const bytes = paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(outDir(), path)), { level: 9 }).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

export interface Session {
  context: BrowserContext;
  id: string;
  profile: string;
  worker: () => Promise<Worker>;
  /** An idle bench-floor.html page: window.bench sends commands and watches storage. */
  harness: () => Promise<Page>;
  close: () => Promise<void>;
}

/** A new, empty browser profile directory; the caller removes it. */
export const tempProfile = () => mkdtempSync(join(tmpdir(), 'repay-bench-'));

/** Launches the build with the floor page copied in; a given profile is kept, a new one removed on close. */
export async function openSession(profile?: string): Promise<Session> {
  for (const file of ['bench-floor.html', 'bench-floor.js']) copyFileSync(new URL(`floor/${file}`, import.meta.url), join(outDir(), file));
  const dir = profile ?? tempProfile();
  const context = await launch(dir, 'zh-CN');
  const id = new URL((await serviceWorkerOf(context)).url()).host;
  let harness: Page | undefined;
  return {
    context,
    id,
    profile: dir,
    worker: async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 })),
    harness: async () => {
      if (!harness) {
        harness = await context.newPage();
        await harness.goto(`chrome-extension://${id}/bench-floor.html`);
        await harness.waitForFunction(() => 'bench' in window);
      }
      return harness;
    },
    close: async () => {
      await context.close();
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Strings, not functions: tsx would wrap inner functions in a __name() helper the browser does not have.
const idle = (reconcile: boolean) => `(async () => {
  const helper = globalThis.repayHelper;
  if (${reconcile} && helper && typeof helper.reconcile === 'function') await helper.reconcile();
  await new Promise((resolve) => {
    let timer = setTimeout(done, 300);
    function on() { clearTimeout(timer); timer = setTimeout(done, 300); }
    function done() { chrome.storage.onChanged.removeListener(on); resolve(); }
    chrome.storage.onChanged.addListener(on);
  });
})()`;

/**
 * Waits until the background is idle: its own reconcile hook (repayHelper.reconcile, queued behind
 * whatever it is doing) when it has one, then 300 ms without a storage change. Touches no extension page.
 * `reconcile: false` only waits for storage to be quiet.
 */
export async function flushBackground(session: Session, { reconcile = true } = {}): Promise<void> {
  await (await session.worker()).evaluate(idle(reconcile));
}

type CommandAnswer = { ms: number; res?: { ok: boolean; value?: unknown; error?: { message: string } }; err?: string };

/** Sends one command from an extension page, as a view does; resolves to the answer and its time. */
export async function send(session: Session, type: string, data: unknown): Promise<CommandAnswer> {
  const page = await session.harness();
  return page.evaluate(
    ([t, d]) => (window as unknown as { bench: { send: (...a: unknown[]) => Promise<CommandAnswer> } }).bench.send(t, d),
    [type, data] as const,
  );
}

/** Replaces every plan through the background's own importBackup, then waits until it is idle again. */
export async function seedPlans(session: Session, plans: readonly Plan[]): Promise<void> {
  const answer = await send(session, 'importBackup', { backup: buildBackup(plans, DEFAULT_SETTINGS, Date.now()) });
  if (!answer.res?.ok) throw new Error(`importBackup of ${plans.length} plans failed: ${JSON.stringify(answer.res ?? answer.err)}`);
  const page = await session.harness();
  await page.evaluate((ms) => (window as unknown as { bench: { quiet: (ms: number) => Promise<unknown> } }).bench.quiet(ms), QUIET_MS);
  await flushBackground(session);
}

export interface Load {
  /** performance.now() in the page when `want` rows were first in the DOM (ms since navigation start). */
  ms: number;
  rows: number;
  /** The first argument of every chrome.storage.local.get the page made. */
  gets: unknown[];
  scripts: string[];
}

/** What the probe logs once `want` rows are in the DOM: the bench hears it without touching the page. */
const ROWS_SIGNAL = 'repay-bench: rows in DOM';

/**
 * Installed before any of the page's scripts: a MutationObserver notes the moment `want` rows are in the
 * DOM (a microtask after the insertion, before any paint) and logs ROWS_SIGNAL, and chrome.storage.local.get
 * is wrapped to record what the page reads. `shiftDays` moves the page's clock, as on a new day before the background ran.
 */
const probe = (selector: string, want: number, shiftDays: number) => `(() => {
  const want = ${want}, selector = ${JSON.stringify(selector)};
  const state = (window.__bench = { rowsAt: null, gets: [] });
  const area = globalThis.chrome && chrome.storage && chrome.storage.local;
  if (area) {
    const get = area.get;
    area.get = function (...args) { state.gets.push(args[0] === undefined ? null : args[0]); return get.apply(this, args); };
  }
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll(selector).length >= want) {
      state.rowsAt = performance.now();
      observer.disconnect();
      console.debug(${JSON.stringify(ROWS_SIGNAL)});
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  if (${shiftDays}) {
    const RealDate = Date, shift = ${shiftDays} * 86400000;
    globalThis.Date = class extends RealDate {
      constructor(...args) { if (args.length === 0) super(RealDate.now() + shift); else super(...args); }
      static now() { return RealDate.now() + shift; }
    };
  }
})();`;

/**
 * Opens `path` in a new tab with the probe. With `want`, resolves when that many rows are in the DOM;
 * without, waits until the row count has held for a second (discovery) and reports it.
 */
export async function loadProbed(
  session: Session,
  path: string,
  opts: { selector: string; want?: number; shiftDays?: number },
): Promise<Load> {
  const page = await session.context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.addInitScript(probe(opts.selector, opts.want ?? Number.MAX_SAFE_INTEGER, opts.shiftDays ?? 0));
  // Waited for from the log, not by polling the page: Playwright's first evaluation in a page compiles its
  // injected script on the page's main thread (~5 ms in a new browser), and while the page was still
  // working (a new day's popup, computing after its load event) that landed before its rows, not the floor's.
  const rowsIn = page.waitForEvent('console', { predicate: (message) => message.text() === ROWS_SIGNAL, timeout: 60_000 });
  rowsIn.catch(() => {});
  await page.goto(`chrome-extension://${session.id}/${path}`, { waitUntil: 'commit' });
  try {
    let rows: number;
    if (opts.want !== undefined) {
      await rowsIn;
      rows = opts.want;
    } else {
      rows = await settledCount(page, opts.selector);
    }
    const state = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
      rowsAt: number | null;
      gets: unknown[];
    };
    return { ms: state.rowsAt ?? Number.NaN, rows, gets: state.gets, scripts };
  } finally {
    await page.close();
  }
}

async function settledCount(page: Page, selector: string): Promise<number> {
  const deadline = Date.now() + 60_000;
  let count = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await page.locator(selector).count();
    if (now !== count) [count, since] = [now, Date.now()];
    else if (count > 0 && Date.now() - since >= 1000) return count;
    await page.waitForTimeout(100);
  }
  throw new Error(`no settled count of ${selector} in 60 s (last ${count})`);
}

/** One get of everything the page read (null, i.e. everything, if it read everything or nothing was seen). */
export function readKeys(gets: readonly unknown[]): string[] | null {
  const keys = new Set<string>();
  for (const arg of gets) {
    if (arg === null) return null;
    if (typeof arg === 'string') keys.add(arg);
    else if (Array.isArray(arg)) for (const key of arg) keys.add(String(key));
    else if (typeof arg === 'object') for (const key of Object.keys(arg as object)) keys.add(key);
  }
  return keys.size > 0 ? [...keys] : null;
}

/** The plain-DOM floor: a page of the extension's origin reading `keys` and appending `rows` rows. */
export const floorPath = (keys: string[] | null, rows: number) =>
  `bench-floor.html?keys=${encodeURIComponent(JSON.stringify(keys))}&rows=${rows}`;
