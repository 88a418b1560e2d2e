import type { IsoDate } from '../core/dates';
import type { Locale } from './translate';

// Percentages (the options page's) live in ./format-percent.ts, re-exported here: the popup's first load formats none.
export { formatPercent } from './format-percent';

// The popup's dates are written by hand, as Intl writes them in these two locales (tests/unit/i18n/
// format.test.ts holds them to it): the first Intl object a fresh renderer builds loads ICU's data, tens
// of milliseconds the popup paid before its rows when it was the first page of the browser's session.
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date for people: "6月10日" / "Jun 10"; with the year when `withYear` ("2026年6月10日" / "Jun 10, 2026"). */
export function formatDate(date: IsoDate, locale: Locale, withYear = false): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (locale === 'en') return `${EN_MONTHS[month - 1]} ${day}${withYear ? `, ${year}` : ''}`;
  return `${withYear ? `${year}年` : ''}${month}月${day}日`;
}

const RELATIVE_WORDS: Record<Locale, Record<number, string>> = {
  'zh-CN': { [-2]: '前天', [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' },
  en: { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' },
};
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** Whole days away, as Intl.RelativeTimeFormat (numeric: auto) says them: "今天" / "明天" / "3天后" / "昨天"; "today" / "tomorrow" / "in 3 days" / "2 days ago". */
export function formatRelativeDays(days: number, locale: Locale): string {
  const word = RELATIVE_WORDS[locale][days];
  if (word !== undefined) return word;
  const n = grouped(Math.abs(days));
  if (locale === 'en') return days > 0 ? `in ${n} days` : `${n} days ago`;
  return days > 0 ? `${n}天后` : `${n}天前`;
}
