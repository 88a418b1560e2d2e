// The store content script on the 10,000-element fixture in real Chromium, side by side with mark.js marking
// the same words on the same page in the same run. Needs a build (REPAY_OUT_DIR or .output).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launch } from '../tests/e2e/fixtures';
import { extensionDir } from '../tests/e2e/paths';
import { LARGE_PAGE_KEYWORDS, largePageHtml } from '../tests/fixtures/store/large-page';
import type { BenchRow } from './run';

const RUNS = 7;
const STORE_URL = 'https://www.mi.com/user/orders';
/** Same page where the content script does not run, for mark.js. */
const PLAIN_URL = 'https://bench.invalid/user/orders';
const MEASURE = 'repay-helper:scan';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Long tasks seen by the page, collected from before anything runs. */
const LONGTASK_PROBE = `window.__longtasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });`;

/** mark.js over the body with the given words; resolves to its time in ms. */
const markInPage = (words: string[], acrossElements: boolean) => `new Promise((resolve) => {
  const start = performance.now();
  new Mark(document.body).mark(${JSON.stringify(words)}, {
    separateWordSearch: false, acrossElements: ${acrossElements}, done: () => resolve(performance.now() - start) });
})`;

type Span = { start: number; duration: number };
const scans = (page: Page) =>
  page.evaluate((name) => performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration })), MEASURE);

/** The longest task that ran any of our scans (a scan is inside its task, so it is at least the scan itself). */
async function longestTask(page: Page, ours: Span[]): Promise<number> {
  const tasks = (await page.evaluate(() => (window as unknown as { __longtasks: Span[] }).__longtasks)) as Span[];
  const overlapping = tasks.filter((t) => ours.some((s) => s.start < t.start + t.duration && t.start < s.start + s.duration));
  return Math.max(0, ...overlapping.map((t) => t.duration), ...ours.map((s) => s.duration));
}

export default async function storeScanBench(): Promise<BenchRow[]> {
  const html = largePageHtml();
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const profile = mkdtempSync(join(tmpdir(), 'repay-bench-'));
  const dir = extensionDir('chrome-mv3');
  const context = await launch(profile);
  try {
    await context.route(/^https:\/\/(www\.mi\.com|bench\.invalid)\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await context.addInitScript(LONGTASK_PROBE);
    const ours: number[] = [];
    const markAcross: number[] = [];
    const markPlain: number[] = [];
    const tasks: number[] = [];
    const quietScans: number[] = [];
    const longestOwn: number[] = [];
    const batches: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(STORE_URL);
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE);
      await page.waitForTimeout(300);
      const first = await scans(page);
      ours.push(first[0]?.duration ?? Number.NaN);
      // Quiet page: count scans over two seconds of nothing happening.
      const before = first.length;
      await page.waitForTimeout(2000);
      quietScans.push((await scans(page)).length - before);
      // One burst of page changes: one batch, and how long it takes.
      await page.evaluate(() => {
        const list = document.querySelector('.orders') as HTMLElement;
        for (let i = 0; i < 200; i++) list.append(Object.assign(document.createElement('li'), { textContent: `新订单 ${i}` }));
        // The page lays out its own change in its own task, as a real page's render does; our batch comes after.
        void document.body.offsetHeight;
      });
      await page.waitForFunction(([name, n]) => performance.getEntriesByName(name as string).length > (n as number), [MEASURE, before]);
      const all = await scans(page);
      batches.push(all.at(-1)?.duration ?? Number.NaN);
      tasks.push(await longestTask(page, all));
      longestOwn.push(Math.max(...all.map((scan) => scan.duration)));
      await page.close();

      for (const [across, into] of [
        [true, markAcross],
        [false, markPlain],
      ] as const) {
        const plain = await context.newPage();
        await plain.goto(PLAIN_URL);
        await plain.addScriptTag({ content: markJs });
        // A string, not a function: tsx would wrap a function's inner closures in helpers the page lacks.
        into.push(await plain.evaluate(markInPage(LARGE_PAGE_KEYWORDS, across)));
        await plain.close();
      }
    }
    const size = gzipSync(readFileSync(join(dir, 'content-scripts/store.js')), { level: 9 }).length / 1024;
    const oursMs = median(ours);
    const markMs = median(markAcross);
    return [
      { name: 'store: first scan + highlight, 10k elements (median)', value: oursMs, unit: 'ms' },
      { name: 'store: mark.js same words, acrossElements (median)', value: markMs, unit: 'ms' },
      { name: 'store: mark.js same words, per text node (median)', value: median(markPlain), unit: 'ms' },
      { name: 'store: first scan ÷ mark.js (acrossElements)', value: oursMs / markMs, unit: '×', budget: 0.25 },
      { name: 'store: first scan ÷ mark.js (per text node)', value: oursMs / median(markPlain), unit: '×', budget: 0.25 },
      { name: 'store: batch for 200 added nodes (median)', value: median(batches), unit: 'ms' },
      { name: 'store: longest scan or batch of ours (worst run)', value: Math.max(...longestOwn), unit: 'ms' },
      { name: 'store: longest task running our work (worst run)', value: Math.max(...tasks), unit: 'ms', budget: 50 },
      { name: 'store: scans in 2 s of quiet (worst run)', value: Math.max(...quietScans), unit: 'scans', budget: 0 },
      { name: 'store: content script size', value: size, unit: 'KB gzip', budget: 15 },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
