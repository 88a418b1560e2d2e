/** A calendar date, `YYYY-MM-DD`, in the lender's time zone (Asia/Shanghai). */
export type IsoDate = string;

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
export const LENDER_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// Calendar arithmetic runs on UTC dates, where every day exists and lasts 24 hours (in a user's
// local zone a whole day can be skipped: Pacific/Apia skipped 2011-12-30). Date.UTC normalises
// overflowing months and days exactly, so this needs no date library: dayjs and its UTC plugin
// would be 3.7 KB gzip of the popup's 25 KB budget for these few lines.

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = parts(value);
  const ms = Date.UTC(year, month, day);
  // Years below 100 would be read as 19xx by Date.UTC; no lender date is that old.
  return year >= 1000 && fromUtc(ms) === value;
}

/** The lender's calendar date at instant `now` (epoch ms). */
export function lenderToday(now: number): IsoDate {
  return fromUtc(now + LENDER_UTC_OFFSET_MS);
}

/** Days in a month (month 0-based, may overflow into later years). */
function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The due date of period `index` (0-based): the anchor plus `index` months, with the day clamped
 * to the month's last day. Always counted from the anchor, so 31 Jan → 28/29 Feb → 31 Mar.
 */
export function addMonthsClamped(anchor: IsoDate, index: number): IsoDate {
  const [year, month, day] = parts(anchor);
  return fromUtc(Date.UTC(year, month + index, Math.min(day, monthLength(year, month + index))));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  return fromUtc(Date.UTC(year, month, day + days));
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
  const [year, month] = parts(date);
  return { start: fromUtc(Date.UTC(year, month, 1)), end: fromUtc(Date.UTC(year, month, monthLength(year, month))) };
}
