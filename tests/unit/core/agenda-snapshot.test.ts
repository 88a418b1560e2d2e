import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activePlanCount, agendaSnapshotOf, buildAgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { addDays } from '../../../lib/core/dates';
import { buildSchedule, scheduleOf } from '../../../lib/core/schedule';
import { openInstallments } from '../../../lib/core/summary';
import { makePlan } from './plan-factory';

// buildAgendaSnapshot sorts and makes rows of the listed installments only; it must be exactly the
// snapshot of every open installment, sorted (agendaSnapshotOf over openInstallments, as the background has it).

const plan = (i: number) =>
  fc
    .record({
      title: fc.constantFrom('Phone', 'Band', 'TV'),
      firstDueDate: fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-06-01', n)),
      periods: fc.integer({ min: 1, max: 24 }),
      method: fc.constantFrom('fee' as const, 'interest-free' as const, 'annuity' as const),
      autoRepay: fc.boolean(),
      archived: fc.boolean(),
      graceDays: fc.integer({ min: 0, max: 5 }),
      paidUpTo: fc.integer({ min: 0, max: 24 }),
    })
    .map(({ paidUpTo, method, ...rest }) => {
      const terms = { principal: 100_000 + i * 977, rate: method === 'interest-free' ? 0 : 0.006, method, ...rest };
      const payments = buildSchedule({ ...terms, remainderTo: 'last' })
        .slice(0, paidUpTo)
        .map((row) => ({ id: `p${row.period}`, period: row.period, amount: row.total, date: row.dueDate, note: '' }));
      return makePlan({ ...terms, id: `plan-${i}`, payments });
    });

describe('the agenda snapshot', () => {
  it('is the snapshot of every open installment, sorted, whatever the plans and the day', () => {
    const plans = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => plan(i))));
    const day = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-05-01', n));
    fc.assert(
      fc.property(plans, day, (list, today) => {
        const expected = agendaSnapshotOf(openInstallments(list, today), activePlanCount(list), today);
        expect(buildAgendaSnapshot(list, today)).toStrictEqual(expected);
        // Sound plans (these are: makePlan checks them) need not be judged again for their schedules.
        expect(buildAgendaSnapshot(list, today, scheduleOf)).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sums in this month’s figure what is due on its 31st, past the 30 days it lists', () => {
    const list = [makePlan({ id: 'a', firstDueDate: '2026-01-31', periods: 3 }), makePlan({ id: 'b', firstDueDate: '2026-01-10' })];
    const snapshot = buildAgendaSnapshot(list, '2026-01-01');
    expect(snapshot.rows.map((row) => row.dueDate)).toEqual(['2026-01-10']);
    expect(snapshot.summary.dueThisMonth).toBeGreaterThan(snapshot.summary.dueWithin30Days);
    expect(snapshot).toStrictEqual(agendaSnapshotOf(openInstallments(list, '2026-01-01'), activePlanCount(list), '2026-01-01'));
  });
});
