import { describe, expect, it } from 'vitest';
import { migratePlansV1toV2 } from '../../../lib/core/migrations';
import { PlanSchema } from '../../../lib/core/schemas';
import { CREATED_AT, makePlan, payment } from './plan-factory';

// A plan as the first release stored it: the lender a bare kind string (with a separate free name),
// no skipped periods, snoozes, payoff-fee switch, penalty rate or updatedAt.
const v1Plan = {
  id: 'v1-card',
  lender: 'other',
  lenderName: '招商银行信用卡',
  title: '冰箱分期',
  principal: 600_000,
  periods: 6,
  method: 'fee',
  rate: 0.0065,
  firstDueDate: '2025-10-25',
  remainderTo: 'last',
  autoRepay: true,
  paymentMethod: { kind: 'bank-card', label: '招行 ****1234' },
  repayUrl: 'https://cc.cmbchina.com/',
  graceDays: 3,
  payments: [payment(1, 103_900, '2025-10-24')],
  archived: false,
  createdAt: CREATED_AT,
};

describe('migratePlansV1toV2', () => {
  it('turns a v1 plan into one the plan schema accepts', () => {
    const [migrated] = migratePlansV1toV2([v1Plan]) as unknown[];
    expect(PlanSchema.safeParse(migrated).success).toBe(true);
  });

  it('moves the lender string and its name into the lender object and fills the new fields with defaults', () => {
    const [migrated] = migratePlansV1toV2([v1Plan]) as Array<Record<string, unknown>>;
    expect(migrated).toMatchObject({
      lender: { kind: 'other', name: '招商银行信用卡' },
      skippedPeriods: [],
      snoozes: [],
      waivesFutureFeesOnPayoff: false,
      penaltyDailyRate: 0.0005,
      updatedAt: CREATED_AT,
    });
    expect(migrated).not.toHaveProperty('lenderName');
  });

  it('keeps everything the v1 plan already had', () => {
    const [migrated] = migratePlansV1toV2([v1Plan]) as Array<Record<string, unknown>>;
    const { lender: _lender, lenderName: _name, ...kept } = v1Plan;
    expect(migrated).toMatchObject(kept);
  });

  it('gives a v1 lender without a free name an empty one', () => {
    const { lenderName: _name, ...xiaomi } = { ...v1Plan, lender: 'xiaomi' };
    const [migrated] = migratePlansV1toV2([xiaomi]) as unknown[];
    expect(migrated).toMatchObject({ lender: { kind: 'xiaomi', name: '' } });
    expect(PlanSchema.safeParse(migrated).success).toBe(true);
  });

  it('leaves a plan that is already v2 as it is', () => {
    const plan = makePlan({ penaltyDailyRate: 0.001, waivesFutureFeesOnPayoff: true, skippedPeriods: [2] });
    expect(migratePlansV1toV2([plan])).toEqual([plan]);
  });

  it('passes garbage through untouched so that validation sees the original', () => {
    for (const garbage of ['garbage', 42, null, undefined, { plans: [] }]) expect(migratePlansV1toV2(garbage)).toBe(garbage);
    expect(migratePlansV1toV2([1, null, 'x'])).toEqual([1, null, 'x']);
    expect(migratePlansV1toV2([{ foo: 1 }])).toStrictEqual([{ foo: 1 }]);
  });
});
