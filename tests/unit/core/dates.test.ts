import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  isValidIsoDate,
  lenderInstant,
  lenderToday,
  monthBounds,
  monthlyDates,
  nextLenderMidnight,
} from '../../../lib/core/dates';
import { dayNumber, fromDayNumber, monthLength, parts } from '../../../lib/core/day-numbers';

describe('lenderToday', () => {
  it('is still 9 June one second before midnight in Shanghai (15:59:59 UTC)', () => {
    expect(lenderToday(Date.parse('2026-06-09T15:59:59Z'))).toBe('2026-06-09');
  });

  it('turns to 10 June at midnight in Shanghai (16:00:00 UTC)', () => {
    expect(lenderToday(Date.parse('2026-06-09T16:00:00Z'))).toBe('2026-06-10');
  });

  it('is already the next day in Shanghai while it is still the evening before in UTC', () => {
    expect(lenderToday(Date.parse('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});

describe('lenderInstant', () => {
  it('puts 9:00 in Shanghai at 01:00 UTC the same day', () => {
    expect(lenderInstant('2026-06-10', 9)).toBe(Date.parse('2026-06-10T01:00:00Z'));
  });

  it('puts midnight in Shanghai at 16:00 UTC the day before', () => {
    expect(lenderInstant('2026-06-10', 0)).toBe(Date.parse('2026-06-09T16:00:00Z'));
  });

  it('maps back to the same lender date at any hour', () => {
    for (const hour of [0, 7, 9, 23]) expect(lenderToday(lenderInstant('2028-02-29', hour))).toBe('2028-02-29');
  });
});

describe('nextLenderMidnight', () => {
  it('is the coming midnight in Shanghai, strictly after now', () => {
    expect(nextLenderMidnight(Date.parse('2026-06-09T15:59:59Z'))).toBe(Date.parse('2026-06-09T16:00:00Z'));
    expect(nextLenderMidnight(Date.parse('2026-06-09T16:00:00Z'))).toBe(Date.parse('2026-06-10T16:00:00Z'));
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, positive forwards and negative backwards', () => {
    expect(daysBetween('2026-06-09', '2026-06-10')).toBe(1);
    expect(daysBetween('2026-06-10', '2026-06-09')).toBe(-1);
    expect(daysBetween('2026-06-10', '2026-06-10')).toBe(0);
  });

  it('counts 29 February in a leap year and skips it in a common year', () => {
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-02-01', '2027-03-01')).toBe(28);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('addMonthsClamped', () => {
  it('clamps a 31st due day to 29 February in a leap year and returns to the 31st after (no drift)', () => {
    const dates = [0, 1, 2, 3, 4].map((index) => addMonthsClamped('2028-01-31', index));
    expect(dates).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31']);
  });

  it('clamps a 31st due day to 28 February in a common year and returns to the 31st after (no drift)', () => {
    const dates = [0, 1, 2, 3, 4].map((index) => addMonthsClamped('2027-01-31', index));
    expect(dates).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
  });

  it('keeps a 30th due day on the 30th after February', () => {
    expect([0, 1, 2].map((index) => addMonthsClamped('2027-01-30', index))).toEqual(['2027-01-30', '2027-02-28', '2027-03-30']);
  });

  it('crosses the year end', () => {
    expect(addMonthsClamped('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-11-15', 14)).toBe('2028-01-15');
  });
});

describe('addDays and monthBounds', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('gives the first and last day of the month', () => {
    expect(monthBounds('2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(monthBounds('2026-04-30')).toEqual({ start: '2026-04-01', end: '2026-04-30' });
  });
});

describe('isValidIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-12-31')).toBe(true);
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    for (const text of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-04-31', '2026-6-9', '2026/06/09', '', 'today']) {
      expect(isValidIsoDate(text), text).toBe(false);
    }
  });

  it('rejects month 00 and day 00 (month 00 once read as the December before)', () => {
    for (const text of ['2026-00-15', '2026-00-31', '2026-01-00', '2026-00-00']) expect(isValidIsoDate(text), text).toBe(false);
  });

  it('accepts exactly the YYYY-MM-DD texts a UTC date prints back unchanged, from year 1000', () => {
    const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), digits(2), digits(2))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    const byDate = (value: string) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return y >= 1000 && date.toISOString().slice(0, 10) === value;
    };
    fc.assert(
      fc.property(text, (value) => {
        expect(isValidIsoDate(value)).toBe(byDate(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('addMonthsClamped, written directly', () => {
  it('is the anchor plus the months, counted in day numbers and clamped, for any date and any step', () => {
    const byDayNumbers = (anchor: string, index: number) => {
      const [year, month, day] = parts(anchor);
      return fromDayNumber(dayNumber(year, month + index, Math.min(day, monthLength(year, month + index))));
    };
    const anchor = fc
      .record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 0, max: 11 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => fromDayNumber(dayNumber(year, month, Math.min(day, monthLength(year, month)))));
    fc.assert(
      fc.property(anchor, fc.integer({ min: -400, max: 400 }), (date, index) => {
        expect(addMonthsClamped(date, index)).toBe(byDayNumbers(date, index));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('monthLength, written directly', () => {
  it('is the days between the first of the month and the first of the next, for any month, overflowing ones too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), fc.integer({ min: -400, max: 400 }), (year, month) => {
        expect(monthLength(year, month)).toBe(dayNumber(year, month + 1, 1) - dayNumber(year, month, 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('monthlyDates', () => {
  it('is addMonthsClamped of every index from 0, for any anchor and count', () => {
    const anchor = fc
      .record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 0, max: 11 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => fromDayNumber(dayNumber(year, month, Math.min(day, monthLength(year, month)))));
    fc.assert(
      fc.property(anchor, fc.integer({ min: 0, max: 60 }), (date, count) => {
        expect(monthlyDates(date, count)).toEqual(Array.from({ length: count }, (_, index) => addMonthsClamped(date, index)));
      }),
      { numRuns: 2000 },
    );
  });

  it('clamps to each month end and crosses years (31 Jan 2028 for 14 months)', () => {
    expect(monthlyDates('2028-01-31', 14)).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
      '2028-05-31',
      '2028-06-30',
      '2028-07-31',
      '2028-08-31',
      '2028-09-30',
      '2028-10-31',
      '2028-11-30',
      '2028-12-31',
      '2029-01-31',
      '2029-02-28',
    ]);
  });
});
