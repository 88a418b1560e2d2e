import fc from 'fast-check';
import { daysBetween, isValidIsoDate, lenderToday } from '../../../lib/core/dates';
import { daysFrom, isCalendarDate, lenderDate } from '../../../lib/store-site/calendar';

// The content script carries its own small date helpers (dayjs would blow its size budget); they must
// agree with lib/core/dates everywhere.
const isoLike = fc
  .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

it('accepts and rejects the same date strings as core', () => {
  fc.assert(fc.property(isoLike, (value) => isCalendarDate(value) === isValidIsoDate(value)));
  for (const value of ['2024-02-29', '2026-02-29', '2026-1-10', ' 2026-01-10', '2026-01-10x']) {
    expect(isCalendarDate(value)).toBe(isValidIsoDate(value));
  }
});

it('counts days like core', () => {
  const valid = isoLike.filter(isValidIsoDate);
  fc.assert(fc.property(valid, valid, (a, b) => daysFrom(a, b) === daysBetween(a, b)));
});

it("gives the lender's date like core, across Shanghai midnight", () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (now) => lenderDate(now) === lenderToday(now)));
  expect(lenderDate(Date.parse('2026-06-09T16:00:00Z'))).toBe('2026-06-10');
});
