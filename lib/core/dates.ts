import {
  addDays,
  DAY_MS,
  dayNumber,
  dayOf,
  fromDayNumber,
  type IsoDate,
  LENDER_UTC_OFFSET_MS,
  lenderToday,
  monthLength,
  parts,
} from './day-numbers';

// Calendar dates in the lender's zone: the day arithmetic itself is in ./day-numbers.ts (re-exported here).
export {
  addDays,
  daysBetween,
  ISO_DATE_PATTERN,
  type IsoDate,
  isValidIsoDate,
  LENDER_UTC_OFFSET_MS,
  lenderToday,
} from './day-numbers';

/**
 * The due date of period `index` (0-based): the anchor plus `index` months, with the day clamped
 * to the month's last day. Always counted from the anchor, so 31 Jan → 28/29 Feb → 31 Mar.
 */
export function addMonthsClamped(anchor: IsoDate, index: number): IsoDate {
  const [year, month, day] = parts(anchor);
  return clampedDate(year, month + index, day);
}

/**
 * `addMonthsClamped(anchor, 0)` … `addMonthsClamped(anchor, count - 1)`: a schedule's due dates, the
 * anchor read once (every schedule has one per period, and the popup builds every plan's schedule when it
 * computes its own agenda).
 */
export function monthlyDates(anchor: IsoDate, count: number): IsoDate[] {
  const [year, month, day] = parts(anchor);
  const dates: IsoDate[] = [];
  for (let index = 0; index < count; index++) dates.push(clampedDate(year, month + index, day));
  return dates;
}

/**
 * Day `day` of `month` (0-based, may overflow into other years) of `year`, or the month's last day, written
 * directly: no day number and back. Every month has 28 days.
 */
function clampedDate(year: number, month: number, day: number): IsoDate {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${m < 9 ? '0' : ''}${m + 1}-${pad2(day <= 28 ? day : Math.min(day, monthLength(y, m)))}`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The instant at which the lender's clock shows `hour`:00 on `date`. */
export function lenderInstant(date: IsoDate, hour: number): number {
  return dayOf(date) * DAY_MS - LENDER_UTC_OFFSET_MS + hour * 60 * 60 * 1000;
}

/** The next lender midnight strictly after `now`. */
export function nextLenderMidnight(now: number): number {
  return lenderInstant(addDays(lenderToday(now), 1), 0);
}

/** First and last day of the calendar month holding `date`. */
export function monthBounds(date: IsoDate): { start: IsoDate; end: IsoDate } {
  const [year, month] = parts(date);
  return { start: fromDayNumber(dayNumber(year, month, 1)), end: fromDayNumber(dayNumber(year, month, monthLength(year, month))) };
}

/** "09:00": an instant's time of day in Beijing, the clock every reminder time is given in. */
export const lenderClock = (instant: number): string => new Date(instant + LENDER_UTC_OFFSET_MS).toISOString().slice(11, 16);
