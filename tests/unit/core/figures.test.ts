import { describe, expect, it } from 'vitest';
import { draftFigures, periodsDueBefore, planFigures } from '../../../lib/core/figures';
import { makePlan, payment } from './plan-factory';

/** A fraction as a percentage to 2 decimals, the way it is disclosed. */
const percent = (fraction: number) => (fraction * 100).toFixed(2);

describe('draftFigures', () => {
  it('costs 12,000.00 over 12 months at a 0.6 % fee: 1,072.00 a month, 864.00 in fees, 13.03 % nominal', () => {
    // Fee = 1,200,000 × 0.006 × 12 = 86,400 fen; each month 100,000 + 7,200 = 107,200 fen.
    const figures = draftFigures(makePlan());
    expect(figures.schedule).toHaveLength(12);
    expect(figures.schedule[0]?.total).toBe(107_200);
    expect(figures.totals).toEqual({ principal: 1_200_000, interest: 86_400, total: 1_286_400 });
    expect(percent(figures.rate.nominal)).toBe('13.03');
    expect(percent(figures.rate.effective)).toBe('13.84');
  });
});

describe('planFigures', () => {
  it('adds where each installment stands: two paid of twelve on 5 March, 10 left of principal and total', () => {
    const plan = makePlan({ payments: [payment(1, 107_200, '2026-01-10'), payment(2, 107_200, '2026-02-10')] });
    const figures = planFigures(plan, '2026-03-05');
    expect(figures?.totals).toEqual(draftFigures(plan).totals);
    expect(figures?.statuses.map((status) => status.state).slice(0, 3)).toEqual(['paid', 'paid', 'upcoming']);
    expect(figures?.summary).toMatchObject({ paidCount: 2, periods: 12, remainingPrincipal: 1_000_000, remainingTotal: 1_072_000 });
    expect(figures?.summary.next?.dueDate).toBe('2026-03-10');
  });

  it('is null for a plan whose terms no schedule can be built from (a 9 % fee a period)', () => {
    expect(planFigures({ ...makePlan(), rate: 0.09 }, '2026-01-05')).toBeNull();
  });
});

describe('periodsDueBefore', () => {
  it('counts the periods due before today: 10 Jan and 10 Feb before 5 March, none before 10 Jan itself', () => {
    expect(periodsDueBefore({ firstDueDate: '2026-01-10', periods: 12 }, '2026-03-05')).toBe(2);
    expect(periodsDueBefore({ firstDueDate: '2026-01-10', periods: 12 }, '2026-01-10')).toBe(0);
    expect(periodsDueBefore({ firstDueDate: '2024-01-10', periods: 12 }, '2026-03-05')).toBe(12);
  });
});
