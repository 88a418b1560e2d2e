import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseNotificationId } from '../../../lib/background/notification-content';
import { readPlans } from '../../../lib/storage/reader';
import { makePlan } from '../core/plan-factory';
import { at, harness, shownNotifications } from './harness';

describe('notification buttons find everything from the notification id', () => {
  beforeEach(() => fakeBrowser.reset());

  it('"已还款" records the remaining amount of each listed installment, clears the notification and the badge', async () => {
    const a = makePlan({
      id: 'a',
      firstDueDate: '2026-06-10',
      payments: [{ id: 'x', period: 1, amount: 7_200, date: '2026-06-01', note: '' }],
    });
    const b = makePlan({ id: 'b', firstDueDate: '2026-06-10', title: '手环' });
    const { service, env } = await harness({ plans: [a, b], now: at('2026-06-09', 9) });
    await service.reconcile();
    const [id] = Object.keys(await shownNotifications());
    expect(id).toBe('rh|a:1|b:1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    env.clock.now = at('2026-06-09', 9, 5);
    // A fresh service, as after the worker slept: nothing but storage and the id carries over.
    const { service: woken } = { service: (await import('../../../lib/background/service')).createRepayService(env) };
    await woken.markPaidFromNotification(id as string);
    const plans = await readPlans();
    if (!plans.ok) throw new Error('unreadable');
    expect(plans.value.map((plan) => plan.payments.filter((p) => p.period === 1).reduce((sum, p) => sum + p.amount, 0))).toEqual([
      107_200, 107_200,
    ]);
    expect(plans.value[1]?.payments[0]).toMatchObject({ date: '2026-06-09', note: '从提醒通知标记已还' });
    expect(await shownNotifications()).toEqual({});
    await woken.reconcile();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('"去还款" opens the plan’s repay page, or Xiaomi’s when it has none', async () => {
    const own = makePlan({ id: 'own', repayUrl: 'https://example.com/repay', lender: { kind: 'other', name: '某银行' } });
    const { service, env } = await harness({ plans: [own, makePlan({ id: 'mi' })], now: at('2026-01-09', 9) });
    await service.openRepayPage('rh|own:1');
    await service.openRepayPage('rh|mi:1');
    expect(env.opened).toEqual(['https://example.com/repay', 'https://jr.mi.com/']);
  });

  it('a click on the body opens the plan in the options page', async () => {
    const { service, env } = await harness({ plans: [makePlan()], now: at('2026-01-09', 9) });
    await service.openPlanPage('rh|plan-1:1');
    await service.openPlanPage('rh|plan-1:1|other:2');
    expect(env.opened).toEqual(['/options.html#plan/plan-1', '/options.html#plans']);
  });

  it('ignores ids that are not ours or are malformed', () => {
    expect(parseNotificationId('other-extension-id')).toBeNull();
    expect(parseNotificationId('rh|a:1|b')).toBeNull();
    expect(parseNotificationId('rh|a b:1')).toBeNull();
    expect(parseNotificationId('rh|plan-1:12')).toEqual([{ planId: 'plan-1', period: 12 }]);
  });
});
