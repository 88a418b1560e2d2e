/** Period 1 of the factory's plan is due Saturday 10 Jan 2026; reminders fire at 9:00 in Shanghai = 01:00 UTC. */
export const utc = (iso: string) => Date.parse(iso);
export const LEAD_3 = utc('2026-01-07T01:00:00Z');
export const LEAD_1 = utc('2026-01-09T01:00:00Z');
export const DUE = utc('2026-01-10T01:00:00Z');
export const OVERDUE_1 = utc('2026-01-11T01:00:00Z');
export const OVERDUE_2 = utc('2026-01-12T01:00:00Z');
export const NEXT_MONTH_LEAD_3 = utc('2026-02-07T01:00:00Z');
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
