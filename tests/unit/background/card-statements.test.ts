import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Plan } from '../../../lib/core/schemas';
import { makeStatement, STATEMENT_PART } from '../core/plan-factory';
import { at, harness, shownNotifications, storedPlans } from './harness';

// A card statement: ¥3,456.78 billed 5 December 2026, due 23 December, minimum ¥345.68, repeating monthly.
const CARD = STATEMENT_PART;
const STATEMENT = makeStatement();
const paid = (plan: Plan): Plan => ({
  ...plan,
  payments: [{ id: 'pay', period: 1, amount: plan.principal, date: '2026-12-20', note: '' }],
});

describe('a card statement in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reminds before the due date with the minimum and what paying only the minimum costs', async () => {
    const { service } = await harness({ plans: [STATEMENT], now: at('2026-12-20', 9) });
    expect((await service.reconcile()).sent).toEqual(['cmb-dec:1:lead-3@2026-12-23']);
    const notification = (await shownNotifications())['rh|cmb-dec:1'];
    // 345,678 × 0.0005 × 18 + 311,110 × 0.0005 × 13 = 3,111.102 + 2,022.215 → ¥51.33.
    expect(notification?.message).toBe('请在 12月23日 前还款 ¥3,456.78（最低还款 ¥345.68）。只还最低还款额，预计利息 ¥51.33');
  });

  it('asks for next month’s statement on its statement date, arming the alarm for it beforehand', async () => {
    const { service, env } = await harness({ plans: [paid(STATEMENT)], now: at('2027-01-04', 12) });
    expect(await service.reconcile()).toMatchObject({ sent: [], nextAt: at('2027-01-05', 9) });
    env.clock.now = at('2027-01-05', 9);
    expect((await service.reconcile()).sent).toEqual(['cmb-dec:1:statement@2027-01-05']);
    const notification = (await shownNotifications())['rhs|cmb-dec:1'];
    expect(notification).toMatchObject({ title: '招商银行 · 招行信用卡：新账单已出', buttons: [{ title: '录入账单' }] });
    expect(notification?.message).toContain('1月5日');
    // Once only, and its button opens the editor for the next statement.
    env.clock.now = at('2027-01-05', 15);
    expect((await service.reconcile()).sent).toEqual([]);
    await service.openPlanPage('rhs|cmb-dec:1');
    expect(env.opened).toEqual(['/options.html#plan/cmb-dec/next']);
  });

  it('keeps the question while the statement is awaited and closes it once the next one is entered', async () => {
    const { service, env } = await harness({ plans: [paid(STATEMENT)], now: at('2027-01-05', 9) });
    await service.reconcile();
    env.clock.now = at('2027-01-05', 10);
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toEqual(['rhs|cmb-dec:1']);
    const {
      id: _id,
      payments: _p,
      skippedPeriods: _s,
      snoozes: _z,
      archived: _a,
      debitFailed: _d,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = STATEMENT;
    const added = await service.execute(
      'addPlan',
      {
        draft: {
          ...draft,
          principal: 123_456,
          firstDueDate: '2027-01-23',
          card: { ...CARD, statementDate: '2027-01-05', minimum: 12_346, follows: 'cmb-dec' },
        },
        paidThroughPeriod: 0,
      },
      'extension',
    );
    expect(added.ok).toBe(true);
    await service.reconcile();
    expect(await shownNotifications()).toEqual({});
    expect((await storedPlans()).map((plan) => plan.card?.follows)).toContain('cmb-dec');
  });

  it('does not close an unpaid statement’s own reminder when the next one is out', async () => {
    // Unpaid and late: the overdue nag and the new statement's question stand side by side.
    const { service } = await harness({ plans: [STATEMENT], now: at('2027-01-05', 9) });
    const { sent } = await service.reconcile();
    expect(sent.sort()).toEqual(['cmb-dec:1:overdue-13@2026-12-23', 'cmb-dec:1:statement@2027-01-05']);
    expect(Object.keys(await shownNotifications()).sort()).toEqual(['rhl|cmb-dec:1', 'rhs|cmb-dec:1']);
  });
});
