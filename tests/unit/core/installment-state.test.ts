import { describe, expect, it } from 'vitest';
import { type InstallmentState, isLate, isLateRow } from '../../../lib/core/installment-state';

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

describe('isLateRow', () => {
  it('calls a page row late when it is marked unpaid and its due date has passed', () => {
    expect(isLateRow({ dueDate: '2027-01-14', paid: false }, '2027-01-15')).toBe(true);
  });

  it('does not call a row late on its due day, when marked paid, or when the page does not say', () => {
    expect(isLateRow({ dueDate: '2027-01-15', paid: false }, '2027-01-15')).toBe(false);
    expect(isLateRow({ dueDate: '2027-01-14', paid: true }, '2027-01-15')).toBe(false);
    expect(isLateRow({ dueDate: '2027-01-14' }, '2027-01-15')).toBe(false);
  });
});
