// The calendar arithmetic the popup's first load needs, apart from ./dates.ts (which re-exports it and
// adds the rest) so that the popup carries none of the schedules' and reminders' date functions.

/** A calendar date, `YYYY-MM-DD`, in the lender's time zone (Asia/Shanghai). */
export type IsoDate = string;

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
export const LENDER_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar):
// every day exists and lasts 24 hours, whatever the user's zone (Pacific/Apia skipped 2011-12-30).
// Integer maths and a hand-built string, no Date object per date: reminders, badge and agenda
// compute tens of thousands of due dates per run. No date library is needed for these few lines.

export function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
}

/** Day number of a (year, 0-based month, day); month and day may overflow, as with Date.UTC. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = year + Math.floor(month / 12);
  const m = (((month % 12) + 12) % 12) + 1;
  // Howard Hinnant's days_from_civil: years start in March, so the leap day ends the year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + (day - 1);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The date of a day number (civil_from_days). */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export const dayOf = (date: IsoDate) => dayNumber(...parts(date));

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = parts(value);
  // `month` is 0-based: "00" is -1, which monthLength would read as the December before. Every month has 28 days.
  return year >= 1000 && month >= 0 && month <= 11 && day >= 1 && (day <= 28 || day <= monthLength(year, month));
}

/** The lender's calendar date at instant `now` (epoch ms). */
export function lenderToday(now: number): IsoDate {
  return fromDayNumber(Math.floor((now + LENDER_UTC_OFFSET_MS) / DAY_MS));
}

/** Days in a month (month 0-based, may overflow into later years). */
export function monthLength(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayOf(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayOf(to) - dayOf(from);
}
