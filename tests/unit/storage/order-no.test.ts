import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../lib/core/schemas';
import { SoundPlanSchema } from '../../../lib/core/terms';
import { planHasUnknownFields } from '../../../lib/storage/newer';
import { makePlan } from '../core/plan-factory';

describe('a plan’s order number (订单号)', () => {
  it('is optional: plans stored before it stay valid', () => {
    const plan = makePlan();
    expect('orderNo' in plan).toBe(false);
    expect(SoundPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('is kept when it looks like an order number, refused when it carries markup', () => {
    expect(PlanSchema.parse({ ...makePlan(), orderNo: '5201314000001' }).orderNo).toBe('5201314000001');
    expect(PlanSchema.safeParse({ ...makePlan(), orderNo: '<img src=x>' }).success).toBe(false);
  });

  it('is a known field: a plan with one is not taken for a newer version’s data', () => {
    expect(planHasUnknownFields({ ...makePlan(), orderNo: '5201314000001' })).toBe(false);
    expect(planHasUnknownFields({ ...makePlan(), orderNumber: '5201314000001' })).toBe(true);
  });
});
