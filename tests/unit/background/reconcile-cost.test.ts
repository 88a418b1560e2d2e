import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEXT_ALARM, SWEEP_ALARM } from '../../../lib/background/alarms-badge';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { createRepayService } from '../../../lib/background/service';
import { makePlan } from '../core/plan-factory';
import { at, harness, shownNotifications } from './harness';

// What a reconcile costs when little changed: the plans it reads and the values it writes.

const PLANS = ['a', 'b', 'c'].map((id) => makePlan({ id, title: `Plan ${id}`, firstDueDate: '2026-06-10', autoRepay: false }));
const keysOf = (calls: unknown[][]) =>
  calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : typeof keys === 'object' && keys ? Object.keys(keys) : [keys]));

describe('reconcile cost', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('reads no plan item again after one plan changed: the change brought it, and the agenda shows it', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-01', 12) });
    await service.reconcile();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ 'plan:b': { ...PLANS[1], title: 'Renamed' } });
    await service.reconcile();
    expect(keysOf(get.mock.calls).filter((key) => String(key).startsWith('plan:'))).toEqual([]);
    get.mockRestore();
    const { agenda } = await fakeBrowser.storage.local.get('agenda');
    expect((agenda as { rows: { title: string }[] }).rows.map((row) => row.title)).toContain('Renamed');
  });

  it('writes the agenda and the plans list’s head only when they changed, both in one write', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-01', 12) });
    await service.reconcile();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await service.reconcile();
    expect(keysOf(set.mock.calls)).not.toContain('agenda');
    expect(keysOf(set.mock.calls)).not.toContain('plansHead');
    await fakeBrowser.storage.local.set({ 'plan:a': { ...PLANS[0], archived: true } });
    const before = set.mock.calls.length;
    await service.reconcile();
    const writes = set.mock.calls.slice(before).map(([items]) => Object.keys(items as object));
    expect(writes.filter((keys) => keys.includes('agenda'))).toEqual([expect.arrayContaining(['agenda', 'plansHead'])]);
    set.mockRestore();
    // Either removed behind its back, it is written again.
    for (const key of ['agenda', 'plansHead']) {
      await fakeBrowser.storage.local.remove(key);
      await service.reconcile();
      const stored = await fakeBrowser.storage.local.get(['agenda', 'plansHead']);
      expect(stored.agenda).toMatchObject({ activePlans: 2 });
      expect(stored.plansHead).toMatchObject({ activePlans: 2, named: 2 });
    }
  });

  it('sets neither the badge nor an alarm, nor lists the notifications, when a pass changes nothing', async () => {
    // 3-day reminders of the three plans are sent at 09:00 on 7 June; the next pass comes at 10:00.
    const { service, env } = await harness({ plans: PLANS, now: at('2026-06-07', 9) });
    await service.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    const calls = [
      vi.spyOn(fakeBrowser.action, 'setBadgeText'),
      vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor'),
      vi.spyOn(fakeBrowser.alarms, 'create'),
      vi.spyOn(fakeBrowser.notifications, 'getAll'),
      vi.spyOn(fakeBrowser.notifications, 'clear'),
    ];
    env.clock.now = at('2026-06-07', 10);
    await service.reconcile();
    await service.reconcile();
    for (const spy of calls) expect(spy, spy.getMockName()).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
  });

  it('sets only what changed: one paid installment changes the badge’s text and closes its notification', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-07', 9) });
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toHaveLength(1); // the three grouped in one
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    const paid = await service.execute('recordPayment', { planId: 'a', period: 1, amount: 107_200, date: '2026-06-07' }, 'extension');
    expect(paid.ok).toBe(true);
    await service.reconcile();
    expect(text).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    // Still green: nothing is late.
    expect(color).not.toHaveBeenCalled();
    // The grouped notification named a paid installment: it is closed.
    expect(await shownNotifications()).toEqual({});
  });

  it('a restarted worker sets the badge again and closes a notification settled while it was stopped', async () => {
    const { service, env } = await harness({ plans: PLANS, now: at('2026-06-07', 9) });
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toHaveLength(1);
    // While no worker runs, the browser forgets the badge and the installments are paid (say, a restored backup).
    await fakeBrowser.action.setBadgeText({ text: '' });
    const paid = PLANS.map((plan) => ({
      ...plan,
      payments: [{ id: `p-${plan.id}`, period: 1, amount: 107_200, date: '2026-06-07', note: '' }],
    }));
    await writeAllPlans(paid, env.clock.now);
    const restarted = createRepayService(env);
    env.clock.now = at('2026-06-07', 10);
    await restarted.reconcile();
    expect(await shownNotifications()).toEqual({});
    // Period 2 of each, due 10 July, is outside the 3-day window: an empty badge, set by the new worker.
    await fakeBrowser.action.setBadgeText({ text: 'stale' });
    await createRepayService(env).reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('re-arms alarms cleared behind its back on the next pass, without a restart', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-07', 10) });
    await service.reconcile();
    const next = (await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime;
    expect(next).toBe(at('2026-06-08', 0)); // the badge's midnight refresh
    await fakeBrowser.alarms.clearAll();
    await service.reconcile();
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(next);
    expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toMatchObject({ periodInMinutes: 30 });
  });

  it('reads the plan index, settings and sent-log in one storage read once its first pass has read them', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-07', 10) });
    await service.reconcile();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await service.reconcile();
    expect(get).toHaveBeenCalledTimes(1);
    expect(keysOf(get.mock.calls).sort()).toEqual(['plans', 'sentLog', 'settings']);
  });

  it('keeps a copy of settings that fail validation in that one read, and reminds with the defaults', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-07', 8) });
    await service.reconcile();
    await fakeBrowser.storage.local.set({ settings: { leadDays: 'soon' } });
    const report = await service.reconcile();
    // The default 3-day reminder of 10 June falls at 09:00 on 7 June.
    expect(report.nextAt).toBe(at('2026-06-07', 9));
    const { quarantine } = await fakeBrowser.storage.local.get('quarantine');
    expect(quarantine).toEqual([expect.objectContaining({ key: 'settings', raw: { leadDays: 'soon' } })]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ leadDays: 'soon' });
  });

  it('a freshly started worker writes the agenda only if the stored one is not already right', async () => {
    const { service, env } = await harness({ plans: PLANS, now: at('2026-06-07', 10) });
    await service.reconcile();
    const restart = async (change: Record<string, unknown> = {}) => {
      // The browser keeps what is stored; the worker's memory goes (the fake's reset drops its listeners).
      const all = await fakeBrowser.storage.local.get(null);
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ ...all, ...change });
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      await createRepayService(env).reconcile();
      return keysOf(set.mock.calls);
    };
    expect(await restart()).not.toContain('agenda');
    const { agenda, plansHead } = await fakeBrowser.storage.local.get(['agenda', 'plansHead']);
    expect(await restart({ agenda: { ...(agenda as object), activePlans: 2 } })).toContain('agenda');
    expect((await fakeBrowser.storage.local.get('agenda')).agenda).toEqual(agenda);
    // Stored by a version from before the head: the head is added on the next pass.
    await fakeBrowser.storage.local.remove('plansHead');
    expect(await restart()).toContain('plansHead');
    expect((await fakeBrowser.storage.local.get('plansHead')).plansHead).toEqual(plansHead);
  });
});
