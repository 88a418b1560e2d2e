import { describe, expect, it } from 'vitest';
import { type InstallmentState, isLate } from '../../../lib/core/installment-state';

describe('isLate', () => {
  it('calls an installment late once past its due date and unpaid, in grace or overdue', () => {
    const late = (state: InstallmentState) => isLate({ state });
    expect(late('in-grace')).toBe(true);
    expect(late('overdue')).toBe(true);
  });

  it('does not call one late that is due today, upcoming, partly paid before its date, paid or skipped', () => {
    for (const state of ['due-today', 'upcoming', 'partly-paid', 'paid', 'skipped'] as const) expect(isLate({ state })).toBe(false);
  });
});
