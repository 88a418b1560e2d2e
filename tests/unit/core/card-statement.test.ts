import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CardStatement, minimumPaymentCost, statementProblems } from '../../../lib/core/card-statement';

// ¥10,000.00 billed on 5 March, due 25 March (20 days), minimum ¥1,000.00, 0.05 % a day; next statement 5 April.
const STATEMENT: CardStatement = {
  statementDate: '2026-03-05',
  dueDate: '2026-03-25',
  amount: 1_000_000,
  minimum: 100_000,
  dailyRate: 0.0005,
  basis: 'whole',
};

describe('minimumPaymentCost', () => {
  it('charges the whole statement until the due date, then what is left, until the next statement', () => {
    // 1,000,000 × 0.0005 × 20 = 10,000 + 900,000 × 0.0005 × 11 = 4,950 → ¥149.50.
    expect(minimumPaymentCost(STATEMENT)).toEqual({
      interest: 14_950,
      nextStatementDate: '2026-04-05',
      daysToDue: 20,
      daysAfterDue: 11,
      unpaid: 900_000,
    });
  });

  it('charges only the unpaid part when the card does so', () => {
    // 900,000 × 0.0005 × 31 = 13,950 → ¥139.50.
    expect(minimumPaymentCost({ ...STATEMENT, basis: 'unpaid' }).interest).toBe(13_950);
  });

  it('counts February’s short month to the next statement', () => {
    // Billed 31 January, due 20 February (20 days); next statement 28 February (8 days after the due date).
    // 1,000,000 × 0.0005 × 20 + 900,000 × 0.0005 × 8 = 10,000 + 3,600 = 13,600.
    const cost = minimumPaymentCost({ ...STATEMENT, statementDate: '2026-01-31', dueDate: '2026-02-20' });
    expect(cost).toMatchObject({ interest: 13_600, nextStatementDate: '2026-02-28', daysAfterDue: 8 });
  });

  it('rounds half-up to the fen', () => {
    // 333 × 0.0005 × 20 = 3.33 + 233 × 0.0005 × 11 = 1.2815 → 4.6115 → 5 fen.
    expect(minimumPaymentCost({ ...STATEMENT, amount: 333, minimum: 100 }).interest).toBe(5);
  });

  it('is never less on the whole statement than on the unpaid part, and nothing when all is paid under the unpaid rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 27 }),
        (amount, share, days) => {
          const minimum = Math.floor(amount * share);
          const dueDate = `2026-03-${String(5 + days).padStart(2, '0')}`.replace(/-3[2-9]$/, '-31');
          const statement = { ...STATEMENT, amount, minimum, dueDate };
          if (statementProblems(statement).length > 0) return;
          const whole = minimumPaymentCost(statement).interest;
          const unpaid = minimumPaymentCost({ ...statement, basis: 'unpaid' }).interest;
          expect(whole).toBeGreaterThanOrEqual(unpaid);
          if (minimum === amount) expect(unpaid).toBe(0);
        },
      ),
    );
  });

  it('names what is wrong with a statement', () => {
    expect(statementProblems(STATEMENT)).toEqual([]);
    expect(statementProblems({ ...STATEMENT, minimum: 2_000_000 })).toEqual(['card.badMinimum']);
    expect(statementProblems({ ...STATEMENT, dueDate: '2026-03-05' })).toEqual(['card.badDueDate']);
    expect(statementProblems({ ...STATEMENT, dueDate: '2026-04-05' })).toEqual(['card.badDueDate']);
    expect(statementProblems({ ...STATEMENT, amount: 0, minimum: 0 })).toEqual(['card.badAmount']);
  });
});
