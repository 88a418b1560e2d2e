import { describe, expect, it } from 'vitest';
import { MAX_SNOOZE_MS, snoozeChoices, snoozeUntil } from '../../../lib/core/snooze';

describe('snoozeUntil', () => {
  it('brings a reminder snoozed on 10 Jan back at 09:00 on 11 Jan in Shanghai (01:00 UTC)', () => {
    expect(snoozeUntil('2026-01-10', 9)).toBe(Date.UTC(2026, 0, 11, 1));
  });

  it('crosses a month and a year end: 31 Dec at 20:00 snoozes to 1 Jan 20:00 (12:00 UTC)', () => {
    expect(snoozeUntil('2025-12-31', 20)).toBe(Date.UTC(2026, 0, 1, 12));
  });

  it('at hour 0 snoozes to the lender’s next midnight, 16:00 UTC the same day', () => {
    expect(snoozeUntil('2026-01-10', 0)).toBe(Date.UTC(2026, 0, 10, 16));
  });
});

describe('snoozeChoices', () => {
  const kinds = (choices: { kind: string; until: number }[]) => choices.map((choice) => choice.kind);
  // 10 Jan 2026, 10:00 in Shanghai is 02:00 UTC.
  const tenAm = Date.UTC(2026, 0, 10, 2);

  it('offers later today, tomorrow, 3 days before and the due day for an installment due on 20 Jan', () => {
    const choices = snoozeChoices(tenAm, '2026-01-20', 9);
    expect(kinds(choices)).toEqual(['laterToday', 'tomorrow', 'threeDaysBefore', 'dueDay']);
    expect(choices.map((choice) => choice.until)).toEqual([
      tenAm + 3 * 60 * 60 * 1000, // 13:00 today
      Date.UTC(2026, 0, 11, 1), // 11 Jan 09:00
      Date.UTC(2026, 0, 17, 1), // 17 Jan 09:00
      Date.UTC(2026, 0, 20, 1), // 20 Jan 09:00
    ]);
  });

  it('drops "later today" after 21:00 (it would fall tomorrow) and choices already past or repeated', () => {
    const tenPm = Date.UTC(2026, 0, 10, 14);
    // Due 13 Jan: 3 days before is 10 Jan 09:00, already past.
    expect(kinds(snoozeChoices(tenPm, '2026-01-13', 9))).toEqual(['tomorrow', 'dueDay']);
    // Due 14 Jan: 3 days before is tomorrow 09:00, offered once.
    expect(kinds(snoozeChoices(tenAm, '2026-01-14', 9))).toEqual(['laterToday', 'tomorrow', 'dueDay']);
  });

  it('offers a late installment later today and tomorrow only', () => {
    expect(kinds(snoozeChoices(tenAm, '2026-01-05', 9))).toEqual(['laterToday', 'tomorrow']);
  });

  it('never offers more than the background accepts (30 days)', () => {
    const choices = snoozeChoices(tenAm, '2026-03-10', 9);
    expect(kinds(choices)).toEqual(['laterToday', 'tomorrow']);
    expect(choices.every((choice) => choice.until - tenAm <= MAX_SNOOZE_MS)).toBe(true);
  });
});
