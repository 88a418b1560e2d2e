import type { Worker } from '@playwright/test';
import { decodeArea, encodePlan } from '../../lib/sync/layout';
import { recordLocal } from '../../lib/sync/plan-doc';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { seed, seedPlan, stored, storedPlans, until } from './seed';

// The sync adapter against Chromium's real chrome.storage.sync (the browser runs with --disable-sync,
// so nothing leaves the machine; the area and its quotas work as when signed out). The quotas are hit
// on purpose: the user is told in words, and nothing is lost.

const SYNCING = { leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'zh-CN', sync: true };
const NOTE = '每月工资到账后手动还款，记得核对账单金额';

interface Status {
  state: string;
  synced: number;
  total: number;
  left: Array<{ id: string; title: string }>;
  error?: string;
}

function bigPlans(count: number, payments: number) {
  return Array.from({ length: count }, (_, index) =>
    seedPlan({
      id: `big-${index}`,
      title: `分期 ${index}`,
      updatedAt: 1_764_000_000_000 - index,
      payments: Array.from({ length: payments }, (_, k) => ({
        id: `big-${index}-${k}`,
        period: k + 1,
        amount: 107_200,
        date: '2025-11-20',
        note: NOTE,
      })),
    }),
  );
}

const syncArea = (worker: Worker) => worker.evaluate(() => chrome.storage.sync.get(null));
const bytesInUse = (worker: Worker, keys: string[] | null = null) => worker.evaluate((k) => chrome.storage.sync.getBytesInUse(k), keys);
const status = (worker: Worker) => stored<Status | undefined>(worker, 'syncStatus');

test('a portfolio too large for sync storage: the page says how much fits, the rest stays whole here', async ({ worker, openPage }) => {
  await seed(worker, { settings: SYNCING, plans: bigPlans(60, 10) });
  const partial = await until(
    () => status(worker),
    (value) => value?.state === 'partial',
    20_000,
  );
  expect(partial?.total).toBe(60);
  expect(partial?.synced).toBeGreaterThan(5);
  expect(partial?.left.length).toBe(60 - (partial?.synced ?? 0));
  expect(await bytesInUse(worker)).toBeLessThanOrEqual(102_400);
  const area = await syncArea(worker);
  expect(Object.keys(area).filter((key) => /^p:[^:]+$/.test(key)).length).toBe(partial?.synced);
  // Nothing dropped here: every plan with every payment.
  const plans = await storedPlans<{ payments: unknown[] }>(worker);
  expect(plans.length).toBe(60);
  expect(plans.every((plan) => plan.payments.length === 10)).toBe(true);

  const page = await openPage('options.html#settings');
  await expect(page.getByText(`同步空间不足：60 个计划中只能同步 ${partial?.synced} 个`)).toBeVisible();
  await expect(page.getByText('其余计划仍完整保存在本浏览器，不会丢失')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a plan larger than one sync item is split into parts, each under the per-item limit', async ({ worker }) => {
  const plan = seedPlan({
    id: 'long',
    periods: 360,
    principal: 36_000_000,
    rate: 0.001,
    payments: Array.from({ length: 240 }, (_, k) => ({ id: `long-${k}`, period: k + 1, amount: 100_000, date: '2025-11-20', note: NOTE })),
  });
  await seed(worker, { settings: SYNCING, plans: [plan] });
  await until(
    () => status(worker),
    (value) => value?.state === 'ok' && value.synced === 1,
    20_000,
  );
  const keys = Object.keys(await syncArea(worker)).filter((key) => key.startsWith('p:long'));
  expect(keys.length).toBeGreaterThan(2);
  for (const key of keys) expect(await bytesInUse(worker, [key])).toBeLessThanOrEqual(8_192);
});

test('a write refused for the byte quota is reported, loses nothing, and goes through once there is room', async ({ worker, openPage }) => {
  // Another extension's worth of data fills the area first (13 items of 7.5 KB).
  await worker.evaluate(() =>
    chrome.storage.sync.set(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`other:${i}`, 'x'.repeat(7_500)]))),
  );
  await seed(worker, { settings: SYNCING, plans: bigPlans(3, 12) });
  await until(
    () => status(worker),
    (value) => value?.error === 'sync.err.quota',
    20_000,
  );
  const page = await openPage('options.html#settings');
  await expect(page.getByText('同步空间已满，这次没能写入；所有数据仍完整保存在本浏览器')).toBeVisible();
  expect((await storedPlans(worker)).length).toBe(3);

  // Room again: the change in the sync area starts a pass, which writes what was held back.
  await worker.evaluate(() => chrome.storage.sync.remove(Array.from({ length: 13 }, (_, i) => `other:${i}`)));
  await until(
    () => status(worker),
    (value) => value?.state === 'ok' && value.synced === 3,
    20_000,
  );
  expect(Object.keys(await syncArea(worker)).filter((key) => key.startsWith('p:'))).toHaveLength(3);
});

test('a write refused for the per-minute write quota is reported and loses nothing', async ({ worker, openPage }) => {
  await seed(worker, { settings: SYNCING, plans: [seedPlan()] });
  await until(
    () => status(worker),
    (value) => value?.state === 'ok',
    20_000,
  );
  // Spend the browser's 120 writes a minute, then change the plan.
  await worker.evaluate(async () => {
    for (let i = 0; i < 130; i++) await chrome.storage.sync.set({ spent: i }).catch(() => undefined);
  });
  await seed(worker, { plans: [seedPlan({ title: '改过的标题' })] });
  await until(
    () => status(worker),
    (value) => value?.error === 'sync.err.rate',
    20_000,
  );
  const page = await openPage('options.html#settings');
  await expect(page.getByText('浏览器限制了同步写入的频率；所有数据仍完整保存在本浏览器')).toBeVisible();
  expect((await storedPlans<{ title: string }>(worker))[0]?.title).toBe('改过的标题');
  // The shared state here already holds the change, to be written when the browser allows.
  const doc = await stored<{ f: { title: [string, string] } }>(worker, 'syncDoc:e2e-plan');
  expect(doc.f.title[0]).toBe('改过的标题');
});

test('an amount changed here and in another browser is shown with both values, and the one picked is applied', async ({
  worker,
  openPage,
}) => {
  const base = seedPlan({ updatedAt: Date.now() - 120_000 });
  await seed(worker, { settings: SYNCING, plans: [base] });
  await until(
    () => status(worker),
    (value) => value?.state === 'ok',
    20_000,
  );
  const read = decodeArea(await syncArea(worker)).plans.get('e2e-plan');
  if (read?.kind !== 'doc') throw new Error('the plan was not shared');
  // Another browser changes the amount without having seen this one's change, which comes first here.
  const elsewhere = recordLocal(
    read.doc,
    { ...base, principal: 1_300_000, updatedAt: Date.now() },
    { device: 'zzzzzzzz', wall: 0, count: 0 },
    Date.now(),
  );
  await seed(worker, { plans: [{ ...base, principal: 1_250_000, updatedAt: Date.now() - 1_000 }] });
  await until(
    () => stored<{ t: unknown[] } | undefined>(worker, 'syncDoc:e2e-plan'),
    (doc) => JSON.stringify(doc?.t).includes('1250000'),
  );
  await worker.evaluate((items) => chrome.storage.sync.set(items), encodePlan(elsewhere.doc));
  await until(
    () => status(worker),
    (value) => (value as { conflicts?: unknown[] } | undefined)?.conflicts?.length === 1,
    20_000,
  );

  const page = await openPage('options.html#settings');
  const conflicts = page.locator('[data-sync-conflicts]');
  await expect(conflicts).toContainText('「小米 15 Pro」的金额在两个浏览器上都被修改了');
  await expect(conflicts).toContainText('13,000.00');
  await expect(conflicts).toContainText('12,500.00');
  expect(await violations(page)).toEqual([]);
  await conflicts.getByRole('button', { name: /12,500\.00/ }).click();
  await until(
    () => storedPlans<{ principal: number }>(worker),
    (plans) => plans[0]?.principal === 1_250_000,
  );
  await expect(conflicts).toHaveCount(0);
});
