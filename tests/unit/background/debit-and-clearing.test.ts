import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { makePlan } from '../core/plan-factory';
import { at, harness, shownNotifications, storedPlans } from './harness';

// 12 × 1,072.00 due on the 10th, debited automatically from 招行 ****1234.
const AUTO = makePlan({
  id: 'auto',
  firstDueDate: '2026-06-10',
  autoRepay: true,
  paymentMethod: { kind: 'bank-card', label: '招行 ****1234' },
});

describe('auto-repay: the day after the due date asks whether the debit went through', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks on 11 June at the reminder hour, even with the daily overdue reminder off, with yes and no buttons', async () => {
    const settings = { ...DEFAULT_SETTINGS, overdueNag: false };
    const { service } = await harness({ plans: [AUTO], settings, now: at('2026-06-11', 9), ui: 'zh-CN' });
    expect((await service.reconcile()).sent).toEqual(['auto:1:confirm@2026-06-10']);
    const notifications = await shownNotifications();
    expect(Object.keys(notifications)).toEqual(['rhd|auto:1']);
    const question = notifications['rhd|auto:1'];
    expect(question?.title).toBe('自动扣款成功了吗？小米分期 · Xiaomi 15 Pro 第 1/12 期');
    expect(question?.buttons?.map((button) => button.title)).toEqual(['扣款成功', '没有扣款']);
    // Not late until the user says so: no red badge.
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x0e, 0x7c, 0x66, 255]); // BADGE_COLORS.due, not overdue red
  });

  it('"扣款成功" records what period 1 owed as paid on its due date and clears the question', async () => {
    const { service } = await harness({ plans: [AUTO], now: at('2026-06-11', 9) });
    await service.reconcile();
    await service.answerDebitFromNotification('rhd|auto:1', true);
    const [plan] = await storedPlans();
    expect(plan?.payments).toMatchObject([{ period: 1, amount: 107_200, date: '2026-06-10' }]);
    expect(await shownNotifications()).toEqual({});
  });

  it('"没有扣款" marks the debit failed, opens the late checklist with the plan’s customer service, and nags daily until paid', async () => {
    const settings = { ...DEFAULT_SETTINGS, overdueNag: false };
    const { service, env } = await harness({ plans: [AUTO], settings, now: at('2026-06-11', 9) });
    await service.reconcile();
    await service.answerDebitFromNotification('rhd|auto:1', false);
    const [plan] = await storedPlans();
    expect(plan?.debitFailed).toEqual([1]);
    expect(plan?.payments).toEqual([]);
    expect(env.opened).toEqual(['/options.html#help/auto']);
    // Daily, though the settings turn the overdue reminder off: a failed debit is not left to chance.
    env.clock.now = at('2026-06-12', 9);
    expect((await service.reconcile()).sent).toEqual(['auto:1:overdue-2@2026-06-10']);
    expect(Object.keys(await shownNotifications())).toEqual(['rhl|auto:1']);
  });
});

describe('notifications leave with what they remind of', () => {
  beforeEach(() => fakeBrowser.reset());

  it('closes the debit question once it is answered in the popup, though the installment is still open', async () => {
    const { service } = await harness({ plans: [AUTO], now: at('2026-06-11', 9) });
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toEqual(['rhd|auto:1']);
    await service.execute('confirmDebit', { planId: 'auto', period: 1, succeeded: false }, 'extension');
    await service.reconcile();
    expect(await shownNotifications()).toEqual({});
  });

  it('clears a reminder once its installment is marked paid elsewhere (the popup)', async () => {
    const { service, env } = await harness({ plans: [makePlan({ id: 'a', firstDueDate: '2026-06-10' })], now: at('2026-06-09', 9) });
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toEqual(['rh|a:1']);
    env.clock.now = at('2026-06-09', 10);
    const paid = await service.execute('recordPayment', { planId: 'a', period: 1, date: '2026-06-09' }, 'extension');
    expect(paid.ok).toBe(true);
    await service.reconcile();
    expect(await shownNotifications()).toEqual({});
  });

  it('clears a reminder once its installment is skipped, and a grouped one when any of its installments is', async () => {
    const plans = [makePlan({ id: 'a', firstDueDate: '2026-06-10' }), makePlan({ id: 'b', firstDueDate: '2026-06-10' })];
    const { service } = await harness({ plans, now: at('2026-06-09', 9) });
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toEqual(['rh|a:1|b:1']);
    await service.execute('skipPeriod', { planId: 'b', period: 1, skipped: true }, 'extension');
    await service.reconcile();
    expect(await shownNotifications()).toEqual({});
  });

  it('keeps a reminder whose installment is still open', async () => {
    const { service } = await harness({ plans: [makePlan({ id: 'a', firstDueDate: '2026-06-10' })], now: at('2026-06-09', 9) });
    await service.reconcile();
    await service.execute('snooze', { planId: 'a', period: 1, until: at('2026-06-09', 15) }, 'extension');
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toEqual(['rh|a:1']);
  });
});

describe('"去还款" where no page takes the repayment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the help page for a bank-card plan without an address instead of jr.mi.com', async () => {
    const card = makePlan({ id: 'card', lender: { kind: 'card', name: '招商银行' }, repayUrl: '' });
    const { service, env } = await harness({ plans: [card], now: at('2026-01-09', 9) });
    await service.openRepayPage('rh|card:1');
    expect(env.opened).toEqual(['/options.html#help/card']);
  });

  it('a click on a late installment’s notification opens the late checklist for its plan', async () => {
    const { service, env } = await harness({ plans: [makePlan()], now: at('2026-01-20', 9) });
    await service.openPlanPage('rhl|plan-1:1');
    expect(env.opened).toEqual(['/options.html#help/plan-1']);
  });
});
