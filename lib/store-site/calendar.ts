import type { IsoDate } from '../core/dates';

// lib/core/dates.ts answers these with dayjs, and importing any of its helpers brings all of dayjs (the
// module extends dayjs when loaded): a quarter of the content script's 15 KB budget. These give the same
// answers, which tests/unit/store-site/calendar.test.ts checks against core's over many dates.

const DAY_MS = 86_400_000;
const LENDER_OFFSET_MS = 8 * 3_600_000;

/** True for a real `YYYY-MM-DD` calendar date (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.toISOString().slice(0, 10) === value;
}

/** Whole days from `from` to `to`. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The lender's (Asia/Shanghai, UTC+8 all year) calendar date at `now`. */
export function lenderDate(now: number): IsoDate {
  return new Date(now + LENDER_OFFSET_MS).toISOString().slice(0, 10);
}
