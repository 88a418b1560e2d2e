import type { IsoDate } from '../core/dates';
import type { Locale } from './translate';

// Building a formatter costs far more than using one (the plans page formats a hundred rates): one per locale and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
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

/** A fraction as a percentage with two decimals: 0.1303 → "13.03%". */
export function formatPercent(fraction: number, locale: Locale, digits = 2): string {
  const format = cached(
    `p:${locale}:${digits}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  return format.format(fraction);
}
