import { WRITE_BUDGET } from './limits';

// Writes to the sync area are counted and kept under the browser's per-minute and per-hour limits.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The earliest time the next write may go, given the times of recent writes (each one operation). */
export function nextWriteAt(history: readonly number[], now: number): number {
  const recent = history.filter((at) => at > now - HOUR).sort((a, b) => a - b);
  let at = Math.max(now, (recent.at(-1) ?? Number.NEGATIVE_INFINITY) + WRITE_BUDGET.spacingMs);
  const lastMinute = recent.filter((time) => time > at - MINUTE);
  if (lastMinute.length >= WRITE_BUDGET.perMinute)
    at = Math.max(at, (lastMinute[lastMinute.length - WRITE_BUDGET.perMinute] as number) + MINUTE);
  if (recent.length >= WRITE_BUDGET.perHour) at = Math.max(at, (recent[recent.length - WRITE_BUDGET.perHour] as number) + HOUR);
  return at;
}

/** The history kept: the last hour's writes. */
export const keptHistory = (history: readonly number[], now: number): number[] =>
  history.filter((at) => at > now - HOUR).slice(-WRITE_BUDGET.perHour);
