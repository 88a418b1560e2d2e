import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEXT_ALARM, SWEEP_ALARM } from '../../../lib/background/alarms-badge';
import { writeAllPlans } from '../../../lib/background/plans-store';
import type { AgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { readItem, SENT_LOG } from '../../../lib/storage/items';
import { plansHeadOf } from '../../../lib/storage/plans-head';
import { makePlan } from '../core/plan-factory';
import { at, harness, shownNotifications } from './harness';

// The plan: 1,072.00 due on the 10th of each month from 2026-01-10 (see plan-factory).
const PLAN = makePlan({ firstDueDate: '2026-06-10', autoRepay: false });

describe('reconcile across a plan’s life', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends nothing before the 3-day reminder and arms the alarm for it', async () => {
    const { service } = await harness({ plans: [PLAN], now: at('2026-06-07', 8, 59) });
    const report = await service.reconcile();
    expect(report.sent).toEqual([]);
    expect(report.nextAt).toBe(at('2026-06-07', 9));
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(at('2026-06-07', 9));
    expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toMatchObject({ periodInMinutes: 30 });
  });

  it('sends the 3-day lead reminder at 09:00 three days before, once', async () => {
    const { service } = await harness({ plans: [PLAN], now: at('2026-06-07', 9) });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-3@2026-06-10']);
    const [notification] = Object.values(await shownNotifications());
    expect(notification?.message).toBe('请在 6月10日 前还款 ¥1,072.00');
    expect(notification?.title).toBe('3 天后到期：小米分期 · Xiaomi 15 Pro 第 1/12 期');
    expect((await service.reconcile()).sent).toEqual([]);
    expect(Object.keys(await shownNotifications())).toHaveLength(1);
  });

  it('asks to keep the card funded when auto-repay is on', async () => {
    const plan = makePlan({ firstDueDate: '2026-06-10', autoRepay: true, paymentMethod: { kind: 'bank-card', label: '招行 ****1234' } });
    const { service } = await harness({ plans: [plan], now: at('2026-06-09', 9, 30), ui: 'en-US' });
    await service.reconcile();
    const [notification] = Object.values(await shownNotifications());
    expect(notification?.message).toBe('Make sure 招行 ****1234 holds ¥1,072.00 before Jun 10');
    expect(notification?.title).toBe('Due tomorrow: Xiaomi Installments · Xiaomi 15 Pro period 1/12');
  });

  it('sends the due-day reminder, then a daily overdue one with days late and the penalty', async () => {
    const { service, env } = await harness({ plans: [PLAN], now: at('2026-06-10', 9) });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:due@2026-06-10']);
    env.clock.now = at('2026-06-13', 9);
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:overdue-3@2026-06-10']);
    // A late installment's notification: its body opens the late checklist (`rhl`).
    const notification = (await shownNotifications())['rhl|plan-1:1'];
    // 107,200 fen × 0.0005 × 3 days = 160.8 → 161 fen.
    expect(notification?.message).toBe('应还 ¥1,072.00，已逾期 3 天，预计罚息 ¥1.61，请尽快还款');
    expect(notification?.title).toBe('已逾期 3 天：小米分期 · Xiaomi 15 Pro 第 1/12 期');
  });

  it('sends no reminder for an installment paid before its reminder time', async () => {
    const paid = makePlan({
      firstDueDate: '2026-06-10',
      payments: [{ id: 'p', period: 1, amount: 107_200, date: '2026-06-05', note: '' }],
    });
    const { service } = await harness({ plans: [paid], now: at('2026-06-09', 9) });
    expect((await service.reconcile()).sent).toEqual([]);
    expect(await shownNotifications()).toEqual({});
  });

  it('groups reminders due at the same time into one notification', async () => {
    const other = makePlan({ id: 'plan-2', title: '花呗 手机壳', lender: { kind: 'huabei', name: '' }, firstDueDate: '2026-06-10' });
    const { service } = await harness({ plans: [PLAN, other], now: at('2026-06-07', 9) });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-3@2026-06-10', 'plan-2:1:lead-3@2026-06-10']);
    const notifications = await shownNotifications();
    expect(Object.keys(notifications)).toEqual(['rh|plan-1:1|plan-2:1']);
    expect(notifications['rh|plan-1:1|plan-2:1']?.title).toBe('还款提醒：2 笔待还');
    expect(notifications['rh|plan-1:1|plan-2:1']?.buttons?.map((b) => b.title)).toEqual(['全部已还款', '去还款']);
  });

  it('loses nothing when every alarm is cleared: the next run re-arms them and sends nothing twice', async () => {
    const { service, env } = await harness({ plans: [PLAN], now: at('2026-06-07', 9) });
    await service.reconcile();
    await fakeBrowser.alarms.clearAll();
    env.clock.now = at('2026-06-07', 12);
    expect((await service.reconcile()).sent).toEqual([]);
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(at('2026-06-08', 0));
    expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toBeDefined();
  });

  it('after sleeping through the 3-day and 1-day reminders, sends only the latest', async () => {
    const { service } = await harness({ plans: [PLAN], now: at('2026-06-09', 20) });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-1@2026-06-10']);
  });

  it('arms the next alarm at the lender’s midnight when that comes before the next reminder (badge refresh)', async () => {
    const { service } = await harness({ plans: [PLAN], now: at('2026-05-20', 12) });
    await service.reconcile();
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(at('2026-05-21', 0));
  });

  it('keeps an unreadable sent-log aside, leaves it in place for the user to see, and still reminds', async () => {
    const { service } = await harness({ plans: [PLAN], now: at('2026-06-07', 9) });
    await fakeBrowser.storage.local.set({ sentLog: 'garbage' });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-3@2026-06-10']);
    // Not written over: the options page reports it and the user discards it (issue: trust, item 8).
    expect((await readItem(SENT_LOG)).ok).toBe(false);
    expect((await fakeBrowser.storage.local.get('sentLog')).sentLog).toBe('garbage');
    expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toEqual([
      expect.objectContaining({ key: 'sentLog', raw: 'garbage' }),
    ]);
  });
});

describe('badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts installments in the lead window, is red when one is overdue, and empty when none is due', async () => {
    const late = makePlan({ id: 'late', firstDueDate: '2026-06-01' });
    const { service, env } = await harness({ plans: [PLAN], now: at('2026-06-08', 10) });
    await service.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x0e, 0x7c, 0x66, 255]);

    await writeAllPlans([PLAN, late], 0);
    await service.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc6, 0x28, 0x28, 255]);

    env.clock.now = at('2026-05-01', 10);
    await writeAllPlans([PLAN], 0);
    await service.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('shows "?" and writes nothing over plans that cannot be read', async () => {
    const { service } = await harness({ now: at('2026-06-08', 10) });
    await fakeBrowser.storage.local.set({ plans: [{ id: 'broken' }] });
    const report = await service.reconcile();
    expect(report.badge).toEqual({ kind: 'unreadable' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect((await fakeBrowser.storage.local.get('plans')).plans).toEqual([{ id: 'broken' }]);
  });

  it('treats a stored plan with impossible terms as unreadable: kept aside, "?" shown, alarms still armed', async () => {
    const { service } = await harness({ now: at('2026-06-08', 10) });
    // Each field is valid alone, but a 9 % fee per period is not a plan any schedule can be built for.
    const impossible = { ...makePlan(), rate: 0.09 };
    await fakeBrowser.storage.local.set({ plans: [impossible] });
    expect((await service.reconcile()).badge).toEqual({ kind: 'unreadable' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toBeDefined();
    expect((await fakeBrowser.storage.local.get('plans')).plans).toEqual([impossible]);
  });

  it('keeps the popup’s agenda and the plans list’s head for today, and drops both when the plans cannot be read', async () => {
    const { service, env } = await harness({ plans: [PLAN], now: at('2026-06-08', 10) });
    await service.reconcile();
    const { agenda, plansHead } = await fakeBrowser.storage.local.get(['agenda', 'plansHead']);
    expect(agenda).toMatchObject({ today: '2026-06-08', activePlans: 1, later: { count: 11 } });
    expect((agenda as { rows: unknown[] }).rows).toEqual([expect.objectContaining({ planId: 'plan-1', period: 1, dueDate: '2026-06-10' })]);
    expect(plansHead).toEqual(plansHeadOf(agenda as AgendaSnapshot));
    expect(plansHead).toMatchObject({ today: '2026-06-08', named: 1, first: [{ planId: 'plan-1', nextDue: '2026-06-10' }] });

    env.clock.now = at('2026-06-09', 0, 1);
    await service.reconcile();
    const next = await fakeBrowser.storage.local.get(['agenda', 'plansHead']);
    expect(next.agenda).toMatchObject({ today: '2026-06-09' });
    expect(next.plansHead).toMatchObject({ today: '2026-06-09' });

    await fakeBrowser.storage.local.set({ plans: 'broken' });
    await service.reconcile();
    expect(await fakeBrowser.storage.local.get(['agenda', 'plansHead'])).toEqual({});
  });
});

describe('reconcile under a burst of changes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs once after 100 queued commands, however many times it is asked for meanwhile', async () => {
    const { service } = await harness({ plans: [PLAN], now: at('2026-06-01', 10) });
    const storage = fakeBrowser.storage.local;
    // Each pass asks the browser for its alarms once (the badge is only written when it changes).
    const passes = vi.spyOn(fakeBrowser.alarms, 'getAll');
    const answers = Array.from({ length: 100 }, (_, i) =>
      service.execute('recordPayment', { planId: 'plan-1', period: 1 + (i % 12), amount: 1, date: '2026-06-01' }, 'extension'),
    );
    const runs = Array.from({ length: 100 }, () => service.reconcile());
    expect(new Set(runs).size).toBe(1);
    await Promise.all([...answers, ...runs]);
    expect(passes).toHaveBeenCalledTimes(1);
    // A request made once that run has started gets a run of its own: it may follow a later change.
    const during = service.reconcile();
    expect(during).not.toBe(runs[0]);
    await during;
    expect(passes).toHaveBeenCalledTimes(2);
    expect(((await storage.get('plan:plan-1'))['plan:plan-1'] as { payments: unknown[] }).payments).toHaveLength(100);
  });
});
