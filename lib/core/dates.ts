import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** A calendar date, `YYYY-MM-DD`, in the lender's time zone (Asia/Shanghai). */
export type IsoDate = string;

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
export const LENDER_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** The lender's calendar date at instant `now` (epoch ms). */
export function lenderToday(now: number): IsoDate {
  return dayjs.utc(now + LENDER_UTC_OFFSET_MS).format('YYYY-MM-DD');
}

/**
 * The due date of period `index` (0-based): the anchor plus `index` months, with the day clamped
 * to the month's last day. Always counted from the anchor, so 31 Jan → 28/29 Feb → 31 Mar.
 */
export function addMonthsClamped(anchor: IsoDate, index: number): IsoDate {
  return dayjs.utc(anchor).add(index, 'month').format('YYYY-MM-DD');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The instant at which the lender's clock shows `hour`:00 on `date`. */
export function lenderInstant(date: IsoDate, hour: number): number {
  return Date.parse(`${date}T00:00:00Z`) - LENDER_UTC_OFFSET_MS + hour * 60 * 60 * 1000;
}

/** The next lender midnight strictly after `now`. */
export function nextLenderMidnight(now: number): number {
  return lenderInstant(addDays(lenderToday(now), 1), 0);
}

/** First and last day of the calendar month holding `date`. */
export function monthBounds(date: IsoDate): { start: IsoDate; end: IsoDate } {
  const d = dayjs.utc(date);
  return { start: d.startOf('month').format('YYYY-MM-DD'), end: d.endOf('month').format('YYYY-MM-DD') };
}
