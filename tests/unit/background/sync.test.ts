import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type SyncArea, syncPass } from '../../../lib/background/sync-pass';
import { DEFAULT_SETTINGS, type Plan } from '../../../lib/core/schemas';
import { decodeArea, encodePlan } from '../../../lib/sync/layout';
import { docOfPlan, planOfDoc, recordLocal } from '../../../lib/sync/plan-doc';
import { makePlan } from '../core/plan-factory';
import { at, harness, storedPlans } from './harness';

// The adapter against an in-memory sync area standing in for another browser's writes.

const NOW = at('2026-01-08', 10);
const SYNCING = { ...DEFAULT_SETTINGS, sync: true };

function memoryArea(initial: Record<string, unknown> = {}, refuse?: (items: Record<string, unknown>) => string | null) {
  const items: Record<string, unknown> = structuredClone(initial);
  const writes: Array<Record<string, unknown>> = [];
  const area: SyncArea = {
    get: async () => structuredClone(items),
    set: async (next) => {
      const refusal = refuse?.(next);
      if (refusal) throw new Error(refusal);
      writes.push(next);
      Object.assign(items, structuredClone(next));
    },
    remove: async (keys) => {
      for (const key of keys) delete items[key];
    },
  };
  return { area, items, writes };
}

const other = (plan: Plan) => docOfPlan(plan, 'zzzzzzzz');

describe('the sync pass', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does nothing while sync is off', async () => {
    await harness({ plans: [makePlan()], now: NOW });
    const { area, writes } = memoryArea();
    expect(await syncPass(NOW, { area })).toBeNull();
    expect(writes).toEqual([]);
  });

  it('shares this browser’s plans and settings, and never its sent-log', async () => {
    await harness({ plans: [makePlan()], settings: SYNCING, now: NOW });
    const { area, items } = memoryArea();
    const result = await syncPass(NOW, { area });
    expect(result?.status).toMatchObject({ state: 'ok', synced: 1, total: 1 });
    const read = decodeArea(items);
    const shared = read.plans.get('plan-1');
    expect(shared?.kind === 'doc' && planOfDoc(shared.doc)?.title).toBe('Xiaomi 15 Pro');
    expect(read.settings?.f.leadDays?.[0]).toEqual([3, 1, 0]);
    expect(read.settings?.f).not.toHaveProperty('sync');
    expect(Object.keys(items).some((key) => /sent/i.test(key) || /sentLog/.test(JSON.stringify(items[key])))).toBe(false);
  });

  it('records a payment made on another browser here and closes its reminder', async () => {
    const plan = makePlan({ updatedAt: NOW - 60_000 });
    await harness({ plans: [plan], settings: SYNCING, now: NOW });
    await fakeBrowser.notifications.create('rh|plan-1:1', { type: 'basic', title: 't', message: 'm', iconUrl: '' });
    const paidThere = recordLocal(
      other(plan),
      { ...plan, payments: [{ id: 'office-1', period: 1, amount: 107_200, date: '2026-01-08', note: '' }] },
      { device: 'zzzzzzzz', wall: 0, count: 0 },
      NOW - 1_000,
    ).doc;
    const { area } = memoryArea(encodePlan(paidThere));
    await syncPass(NOW, { area });
    expect((await storedPlans())[0]?.payments.map((payment) => payment.id)).toEqual(['office-1']);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('holds a snooze from another browser to the 30-day limit: one reaching further is dropped here, then everywhere', async () => {
    const plan = makePlan({ updatedAt: NOW - 60_000 });
    await harness({ plans: [plan], settings: SYNCING, now: NOW });
    const snoozedThere = recordLocal(
      other(plan),
      {
        ...plan,
        snoozes: [
          { period: 1, until: NOW + 365 * 86_400_000 },
          { period: 2, until: NOW + 86_400_000 },
        ],
      },
      { device: 'zzzzzzzz', wall: 0, count: 0 },
      NOW - 1_000,
    ).doc;
    const { area, items } = memoryArea(encodePlan(snoozedThere));
    await syncPass(NOW, { area });
    expect((await storedPlans())[0]?.snoozes).toEqual([{ period: 2, until: NOW + 86_400_000 }]);
    await syncPass(NOW + 5_000, { area });
    const shared = decodeArea(items).plans.get('plan-1');
    expect(shared?.kind === 'doc' && planOfDoc(shared.doc)?.snoozes).toEqual([{ period: 2, until: NOW + 86_400_000 }]);
  });

  it('keeps a plan here when another browser’s state of it cannot be read, and says so instead of deleting it', async () => {
    const plan = makePlan({ updatedAt: NOW - 60_000 });
    await harness({ plans: [plan], settings: SYNCING, now: NOW });
    const broken = recordLocal(
      other(plan),
      { ...plan, snoozes: [{ period: 1, until: 2 ** 53 }] },
      { device: 'zzzzzzzz', wall: 0, count: 0 },
      NOW - 1_000,
    ).doc;
    const { area } = memoryArea(encodePlan(broken));
    const result = await syncPass(NOW, { area });
    expect(await storedPlans()).toEqual([plan]);
    expect(result?.status.unreadable).toBe(1);
  });

  it('previews the first merge with data on both sides and changes nothing', async () => {
    const mine = makePlan({ id: 'home', title: '家里的电脑', updatedAt: NOW - 5_000 });
    const theirs = makePlan({ id: 'office', title: '办公室的手机', updatedAt: NOW - 5_000 });
    const both = makePlan({ id: 'both', title: '冰箱', principal: 600_000, updatedAt: NOW - 5_000 });
    await harness({ plans: [mine, both], settings: { ...DEFAULT_SETTINGS, reminderHour: 8 }, now: NOW });
    const bothThere = { ...both, principal: 650_000, payments: [{ id: 'x1', period: 1, amount: 54_000, date: '2026-01-08', note: '' }] };
    const { area, items, writes } = memoryArea({ ...encodePlan(other(theirs)), ...encodePlan(other(bothThere)) });
    const before = structuredClone(items);
    const result = await syncPass(NOW, { area, preview: true });
    expect(result?.preview).toMatchObject({
      remotePlans: 2,
      addedHere: ['办公室的手机'],
      addedThere: ['家里的电脑'],
      changedHere: ['冰箱'],
      paymentsHere: 1,
      fits: { synced: 3, total: 3, left: [] },
    });
    expect(result?.preview.conflicts.map((conflict) => conflict.values.map((terms) => terms.principal).sort())).toEqual([
      [600_000, 650_000],
    ]);
    expect(writes).toEqual([]);
    expect(items).toEqual(before);
    expect((await storedPlans()).map((plan) => plan.id)).toEqual(['home', 'both']);
  });

  it('names the plans that do not fit, keeps them here and syncs the rest', async () => {
    const note = '每月工资到账后手动还款，记得核对账单金额'.repeat(2);
    const plans = Array.from({ length: 60 }, (_, index) =>
      makePlan({
        id: `p${index}`,
        title: `计划 ${index}`,
        updatedAt: NOW - index,
        payments: Array.from({ length: 10 }, (_, k) => ({
          id: `p${index}-${k}`,
          period: k + 1,
          amount: 107_200,
          date: '2026-01-08',
          note,
        })),
      }),
    );
    await harness({ plans, settings: SYNCING, now: NOW });
    const { area, items } = memoryArea();
    const { status } = (await syncPass(NOW, { area })) ?? { status: null };
    expect(status?.state).toBe('partial');
    expect(status?.total).toBe(60);
    expect(status?.synced).toBeGreaterThan(0);
    expect(status?.left.length).toBe(60 - (status?.synced ?? 0));
    expect(decodeArea(items).plans.size).toBe(status?.synced);
    expect(status?.bytes).toBeLessThanOrEqual(102_400);
    expect((await storedPlans()).length).toBe(60);
  });

  it('keeps everything here when the browser refuses a write, and writes it on the next pass', async () => {
    await harness({ plans: [makePlan()], settings: SYNCING, now: NOW });
    let refuse = true;
    const { area, items } = memoryArea({}, () => (refuse ? 'QUOTA_BYTES quota exceeded' : null));
    expect((await syncPass(NOW, { area }))?.status).toMatchObject({ state: 'error', error: 'sync.err.quota' });
    expect(items).toEqual({});
    refuse = false;
    expect((await syncPass(NOW + 61_000, { area }))?.status.state).toBe('ok');
    expect(decodeArea(items).plans.has('plan-1')).toBe(true);
  });

  it('holds back a write that comes too soon after the last one, and loses nothing meanwhile', async () => {
    const { service } = await harness({ plans: [makePlan()], settings: SYNCING, now: NOW });
    const { area, writes } = memoryArea();
    await syncPass(NOW, { area });
    await service.execute('archivePlan', { id: 'plan-1', archived: true }, 'extension');
    const held = await syncPass(NOW + 500, { area });
    expect(held?.status.state).toBe('waiting');
    expect(held?.retryAt).toBeGreaterThan(NOW + 500);
    expect(writes.length).toBe(1);
    const later = await syncPass(held?.retryAt ?? 0, { area });
    expect(later?.status.state).toBe('ok');
    const shared = decodeArea(await area.get()).plans.get('plan-1');
    expect(shared?.kind === 'doc' && planOfDoc(shared.doc)?.archived).toBe(true);
  });
});
