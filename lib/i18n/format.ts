import type { IsoDate } from '../core/dates';
import type { Locale } from './translate';

// Percentages (the options page's) live in ./format-percent.ts, re-exported here: the popup's first load formats none.
export { formatPercent } from './format-percent';

// Building a formatter costs far more than using one (the plans page formats a hundred rates): one per locale and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A calendar date for people: "6月10日" / "10 Jun"; with the year when `withYear` ("2026年6月10日"). */
export function formatDate(date: IsoDate, locale: Locale, withYear = false): string {
  const format = cached(
    `d:${locale}:${withYear}`,
    () =>
      // The date is a calendar date, so it is formatted in UTC to keep the day whatever the user's zone.
      new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        month: locale === 'en' ? 'short' : 'long',
        day: 'numeric',
        ...(withYear ? { year: 'numeric' } : {}),
      }),
  ) as Intl.DateTimeFormat;
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** "今天" / "明天" / "3天后" / "昨天"; "today" / "tomorrow" / "in 3 days" / "2 days ago". */
export function formatRelativeDays(days: number, locale: Locale): string {
  const format = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })) as Intl.RelativeTimeFormat;
  return format.format(days, 'day');
}
