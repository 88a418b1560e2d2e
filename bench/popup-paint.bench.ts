// Popup first paint with 200 stored plans, in real Chromium from the build, and the JavaScript the
// popup loads (gzip). Needs `npm run build` (npm run bench does it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSchedule } from '../lib/core/schedule';
import { launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { extensionDir } from '../tests/e2e/paths';
import { seedPlan, shanghaiDate, until } from '../tests/e2e/seed';
import type { BenchRow } from './run';

const RUNS = 15;
const PLANS = 200;
const LENDERS = ['xiaomi', 'huabei', 'baitiao', 'fenqile', 'card'] as const;
const METHODS = ['fee', 'annuity', 'equal-principal', 'interest-first', 'interest-free'] as const;

/**
 * 200 varied plans as a heavy real user would have them: 3–36 periods, started up to 20 months ago,
 * every past installment paid except on every 25th plan, which is a month behind.
 */
export function portfolio() {
  const today = shanghaiDate(0);
  return Array.from({ length: PLANS }, (_, i) => {
    const periods = [3, 6, 12, 24, 36][i % 5] as number;
    const method = METHODS[i % METHODS.length] as (typeof METHODS)[number];
    const terms = {
      principal: 100_000 + i * 7_919,
      periods,
      method,
      rate: method === 'fee' ? 0.006 : method === 'interest-free' ? 0 : 0.12,
      firstDueDate: shanghaiDate(-30 * (i % 20) + (i % 28)),
    };
    const behind = i % 25 === 0 ? 1 : 0;
    const past = buildSchedule(terms).filter((row) => row.dueDate < today);
    return seedPlan({
      ...terms,
      id: `bench-${i}`,
      title: `计划 ${i + 1}`,
      lender: { kind: LENDERS[i % LENDERS.length] ?? 'xiaomi', name: '' },
      autoRepay: i % 3 === 0,
      payments: past
        .slice(0, past.length - behind)
        .map((row) => ({ id: `p${i}-${row.period}`, period: row.period, amount: row.total, date: row.dueDate, note: '' })),
    });
  });
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

export default async function popupPaintBench(): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), 'repay-bench-popup-'));
  const context = await launch(profile, 'zh-CN');
  try {
    const worker = await serviceWorkerOf(context);
    const id = new URL(worker.url()).host;
    await worker.evaluate((plans) => chrome.storage.local.set({ plans }), portfolio());
    // Measure the steady state a user meets: the background has already reconciled and kept the agenda.
    await until(() => worker.evaluate(async () => (await chrome.storage.local.get('agenda')).agenda !== undefined), Boolean, 30_000);
    const paints: number[] = [];
    const contentfuls: number[] = [];
    const ready: number[] = [];
    let scripts: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.js')) loaded.push(request.url());
      });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.locator('.row').first().waitFor();
      // Paint entries are reported after the frame that produced them: wait for both to be there.
      const timing = await page.waitForFunction(() => {
        // (No helper functions in here: tsx would wrap them in a __name() the page does not have.)
        const data = performance.getEntriesByName('repay:popup-ready', 'mark')[0]?.startTime;
        const first = performance.getEntriesByName('first-paint', 'paint')[0]?.startTime;
        const contentful = performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime;
        return first !== undefined && contentful !== undefined && data !== undefined ? { first, contentful, data } : null;
      });
      const { first, contentful, data } = (await timing.jsonValue()) as { first: number; contentful: number; data: number };
      paints.push(first);
      contentfuls.push(contentful);
      ready.push(data);
      scripts = loaded;
      await page.close();
    }
    const dir = extensionDir('chrome-mv3');
    const gzip = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(dir, new URL(url).pathname)), { level: 9 }).length, 0);
    return [
      { name: `popup first paint, ${PLANS} plans (median of ${RUNS})`, value: percentile(paints, 0.5), unit: 'ms', budget: 100 },
      { name: `popup first contentful paint (median)`, value: percentile(contentfuls, 0.5), unit: 'ms' },
      { name: `popup data rendered, ${PLANS} plans (median)`, value: percentile(ready, 0.5), unit: 'ms', budget: 100 },
      { name: `popup data rendered (p90)`, value: percentile(ready, 0.9), unit: 'ms' },
      { name: `popup JavaScript loaded (${scripts.length} files, gzip)`, value: Math.round(gzip / 102.4) / 10, unit: 'KB', budget: 25 },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
