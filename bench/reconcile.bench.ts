// The background's reconcile (reminders, alarms, badge, agenda) at 10, 100 and 1,000 plans, timed in the
// worker through its own hook (globalThis.repayHelper.reconcile), against the storage floor: one
// chrome.storage.local.get(null) in the same worker, i.e. reading everything stored (the seeded plans
// dominate; settings, agenda and logs are a few KB). Runs alternate so both see the same machine load.
import type { Worker } from '@playwright/test';
import { type BenchRow, flushBackground, median, openSession, seedPlans } from './helpers';
import { portfolio } from './portfolio';

const SIZES = [10, 100, 1000];
const RUNS = 7;

// Strings: see bench/helpers.ts.
const RECONCILE = `(async () => {
  const helper = globalThis.repayHelper;
  if (!helper || typeof helper.reconcile !== 'function') return null;
  const start = performance.now();
  await helper.reconcile();
  return performance.now() - start;
})()`;
const READ_ALL = `(async () => {
  const start = performance.now();
  const all = await chrome.storage.local.get(null);
  return { ms: performance.now() - start, kb: JSON.stringify(all).length / 1024 };
})()`;

export default async function reconcileBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const session = await openSession();
    try {
      await seedPlans(session, portfolio(size));
      const ours: number[] = [];
      const floors: number[] = [];
      let kb = 0;
      let missing = false;
      for (let run = 0; run < RUNS; run++) {
        const worker: Worker = await session.worker();
        const ms = (await worker.evaluate(RECONCILE)) as number | null;
        if (ms === null) missing = true;
        else ours.push(ms);
        await flushBackground(session, { reconcile: false });
        const read = (await worker.evaluate(READ_ALL)) as { ms: number; kb: number };
        floors.push(read.ms);
        kb = read.kb;
      }
      rows.push({
        name: `reconcile, ${size} plans (floor: read all ${Math.round(kb)} KB stored)`,
        value: median(ours),
        floor: median(floors),
        unit: 'ms',
        budget: { ratio: 1.5 },
        note: missing ? 'the worker has no globalThis.repayHelper.reconcile to time' : undefined,
      });
    } finally {
      await session.close();
    }
  }
  return rows;
}
