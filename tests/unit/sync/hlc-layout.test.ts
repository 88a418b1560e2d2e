import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClockState, observe, stampOf, tick, wallOf } from '../../../lib/sync/hlc';
import { decodeArea, encodePlan, fitPlans, itemBytes } from '../../../lib/sync/layout';
import { CHUNK_BYTES, SYNC_QUOTA, WRITE_BUDGET } from '../../../lib/sync/limits';
import { docOfPlan, planOfDoc } from '../../../lib/sync/plan-doc';
import { nextWriteAt } from '../../../lib/sync/rate';
import { makePlan } from '../core/plan-factory';

describe('the hybrid logical clock', () => {
  it('never goes backwards, whatever the system clock reads', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 60 }), (times) => {
        let clock: ClockState = { device: 'aaaaaaaa', wall: 0, count: 0 };
        let last = '';
        for (const now of times) {
          const next = tick(clock, now);
          expect(next.stamp > last).toBe(true);
          last = next.stamp;
          clock = next.clock;
        }
      }),
    );
  });

  it('stamps after a stamp it has seen from a device whose clock runs ahead', () => {
    const ahead = stampOf(Date.UTC(2030, 0, 1), 3, 'bbbbbbbb');
    const { stamp } = tick(observe({ device: 'aaaaaaaa', wall: Date.UTC(2026, 0, 1), count: 0 }, ahead), Date.UTC(2026, 0, 1));
    expect(stamp > ahead).toBe(true);
    expect(wallOf(stamp)).toBe(Date.UTC(2030, 0, 1));
  });
});

const payments = (count: number, note = '') =>
  Array.from({ length: count }, (_, index) => ({
    id: crypto.randomUUID(),
    period: (index % 360) + 1,
    amount: 107_200,
    date: '2026-01-10',
    note,
  }));

describe('the sync area layout', () => {
  it('keeps a small plan in one item', () => {
    const items = encodePlan(docOfPlan(makePlan({ payments: payments(3) }), 'aaaaaaaa'));
    expect(Object.keys(items)).toEqual(['p:plan-1']);
  });

  it('splits a plan over the per-item limit into chunks that read back whole', () => {
    const plan = makePlan({
      periods: 360,
      principal: 36_000_000,
      rate: 0.001,
      payments: payments(360, '工资卡自动扣款，已核对账单'.repeat(3)),
    });
    const items = encodePlan(docOfPlan(plan, 'aaaaaaaa'));
    expect(Object.keys(items).length).toBeGreaterThan(2);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    const read = decodeArea(items).plans.get('plan-1');
    expect(read?.kind).toBe('doc');
    expect(read?.kind === 'doc' && planOfDoc(read.doc)?.payments.length).toBe(360);
  });

  it('reads a chunked plan whose parts have not all arrived as incomplete, not as fewer payments', () => {
    const plan = makePlan({ periods: 360, principal: 36_000_000, rate: 0.001, payments: payments(200, 'x'.repeat(100)) });
    const items = encodePlan(docOfPlan(plan, 'aaaaaaaa'));
    const { 'p:plan-1:2': _gone, ...partial } = items;
    expect(decodeArea(partial).plans.get('plan-1')).toEqual({ kind: 'incomplete' });
  });

  it('names the plans that do not fit instead of dropping them', () => {
    const plans = Array.from({ length: 40 }, (_, index) =>
      encodePlan(docOfPlan(makePlan({ id: `p${index}`, payments: payments(12, '备注'.repeat(20)) }), 'aaaaaaaa')),
    ).map((items, index) => ({ id: `p${index}`, items }));
    const fit = fitPlans(plans, 0);
    expect(fit.fitting.length).toBeGreaterThan(0);
    expect(fit.left.length).toBeGreaterThan(0);
    expect([...fit.fitting, ...fit.left].sort()).toEqual(plans.map((plan) => plan.id).sort());
    expect(fit.bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(CHUNK_BYTES).toBeLessThan(SYNC_QUOTA.bytesPerItem);
  });
});

describe('the write budget', () => {
  it('spaces writes and never allows more than its share of the browser’s limits in a minute or an hour', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 1_200 }), (gaps) => {
        const history: number[] = [];
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          const at = nextWriteAt(history, now);
          expect(at).toBeGreaterThanOrEqual(now);
          history.push(at);
          now = at;
        }
        for (const at of history) {
          expect(history.filter((time) => time > at - 60_000 && time <= at).length).toBeLessThanOrEqual(WRITE_BUDGET.perMinute);
          expect(history.filter((time) => time > at - 3_600_000 && time <= at).length).toBeLessThanOrEqual(WRITE_BUDGET.perHour);
        }
      }),
      { numRuns: 50 },
    );
  });
});
