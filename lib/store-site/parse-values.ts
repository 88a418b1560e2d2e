import { daysBetween, type IsoDate, isValidIsoDate } from '../core/dates';
import { MAX_PERIODS } from '../core/limits';
import { type Fen, toHalfWidth } from '../core/money';

// Readers for what store pages print. They take page text (any width, any spacing) and return integer
// fen and ISO dates, or nothing: a value that is not clearly one is left out rather than guessed.
// The notation read here (年月日 dates, 元, 第n期) is the language's, shared by every lender; a site's
// own words (labels, column captions, statuses) live in its adapter.

/** Half-width, one currency sign (¥), no-break and ideographic spaces as plain spaces, runs collapsed. */
export function normalizeText(text: string): string {
  return toHalfWidth(text)
    .replace(/￥/g, '¥')
    .replace(/[\s\u00a0]+/g, ' ');
}

/** Normalized and without any whitespace: for matching labels split across elements. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

export interface Found<T> {
  value: T;
  /** Where the match starts and ends in the normalized text. */
  start: number;
  end: number;
}

// Not after a currency sign or a decimal point: "¥3216.10/12期" is an amount and a period count.
const FULL_DATE = /(?<!\d)(?<![¥.] ?)(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})(?!\d) ?日?/g;
/** A bill's dates are within a few years of today; "3216-10-12" read out of an amount is not one. */
const PLAUSIBLE_YEARS = 10;
const MONTH_DAY = /(?<![\d/.-])(\d{1,2}) ?月 ?(\d{1,2}) ?日/g;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A date written without its year is the occurrence nearest to `today` (a due date is never years away). */
function nearestYear(month: number, day: number, today: IsoDate): IsoDate | null {
  const year = Number(today.slice(0, 4));
  let best: IsoDate | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = iso(y, month, day);
    if (!isValidIsoDate(candidate)) continue;
    if (best === null || Math.abs(daysBetween(today, candidate)) < Math.abs(daysBetween(today, best))) best = candidate;
  }
  return best;
}

/** Every date in `text` (2026-06-10, 2026/6/10, 2026年6月10日, 6月10日) in order of appearance. */
export function findDates(text: string, today: IsoDate): Found<IsoDate>[] {
  return matchDates(normalizeText(text), today, PLAUSIBLE_YEARS);
}

function matchDates(normalized: string, today: IsoDate, yearWindow: number): Found<IsoDate>[] {
  const found: Found<IsoDate>[] = [];
  const year = Number(today.slice(0, 4));
  for (const m of normalized.matchAll(FULL_DATE)) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!isValidIsoDate(value) || Math.abs(Number(m[1]) - year) > yearWindow) continue;
    found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of normalized.matchAll(MONTH_DAY)) {
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    const value = nearestYear(Number(m[1]), Number(m[2]), today);
    if (value) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

// A number counts as money only with a sign of being money: ¥ before, 元 after, two decimals or
// thousands separators. Bare integers (periods, days, phone numbers) are not amounts.
const AMOUNT = /(?<![\d.,])(¥ ?)?(\d{1,3}(?:,\d{3})+|\d{1,9})(?: ?\. ?(\d{1,2}))?(?![\d%])( ?元)?/g;

/** A time of day or a countdown (23:59, 23:59:59.99): its digits are never money. */
const TIME = /(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?(?![\d.])/g;

/** Normalized text with every date and time blanked out (same length), so its digits are never read as money or periods. */
function withoutDates(text: string): string {
  let normalized = normalizeText(text).replace(TIME, (time) => ' '.repeat(time.length));
  // Every date-shaped run is blanked, whatever its year: its digits are never money or periods.
  for (const date of matchDates(normalized, '2000-01-01', Number.POSITIVE_INFINITY)) {
    normalized = normalized.slice(0, date.start) + ' '.repeat(date.end - date.start) + normalized.slice(date.end);
  }
  return normalized;
}

/** Every amount in `text`, in order of appearance. */
export function findAmounts(text: string): Found<Fen>[] {
  const normalized = withoutDates(text);
  const found: Found<Fen>[] = [];
  for (const m of normalized.matchAll(AMOUNT)) {
    const [, sign, whole = '', decimals, yuan] = m;
    if (!sign && !yuan && decimals === undefined && !whole.includes(',')) continue;
    const value = Number(whole.replace(/,/g, '')) * 100 + Number((decimals ?? '').padEnd(2, '0'));
    found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export interface PeriodInfo {
  period?: number;
  periods?: number;
}

/** "第3期", "第 3/12 期", "3/12期", "共12期", "12期". */
export function findPeriod(text: string): PeriodInfo {
  const t = withoutDates(text).replace(/ /g, '');
  const info: PeriodInfo = {};
  const slash = /(?<!\d)(\d{1,3})\/(\d{1,3})期?(?!\d)/.exec(t);
  const nth = /第(\d{1,3})(?:\/(\d{1,3}))?期/.exec(t);
  const total = /共(\d{1,3})期/.exec(t) ?? /(?<![第\d/])(\d{1,3})期/.exec(t);
  if (nth) info.period = Number(nth[1]);
  else if (slash) info.period = Number(slash[1]);
  const periods = nth?.[2] ?? slash?.[2] ?? total?.[1];
  if (periods !== undefined) info.periods = Number(periods);
  if (info.period !== undefined && (info.period < 1 || (info.periods !== undefined && info.period > info.periods))) delete info.period;
  if (info.periods !== undefined && (info.periods < 1 || info.periods > MAX_PERIODS)) delete info.periods;
  return info;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source matching `label` even when the page put spaces between its characters. */
export function labelPattern(label: string): RegExp {
  return new RegExp(Array.from(label, escapeRegExp).join(' ?'));
}

/** The value of kind `find` that belongs to `label` in `text`: the first after it, else the last before it. */
export function valueNear<T>(text: string, label: string, find: (text: string) => Found<T>[]): T | undefined {
  const normalized = normalizeText(text);
  const at = labelPattern(label).exec(normalized);
  const values = find(normalized);
  if (!at) return values[0]?.value;
  const labelEnd = at.index + at[0].length;
  return (values.find((v) => v.start >= labelEnd) ?? values.filter((v) => v.end <= at.index).at(-1))?.value;
}
