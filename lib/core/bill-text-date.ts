import { addDays, addMonthsClamped, type IsoDate, isValidIsoDate } from './dates';

/** A year-less date is read as the first such date on or after today minus this many days. */
export const YEARLESS_LOOKBACK_DAYS = 60;
// Overdue counts beyond ten years are typos or noise; the cap also keeps date arithmetic in range.
const MAX_OVERDUE_DAYS = 3650;

const pad = (value: number) => String(value).padStart(2, '0');

/** The first `month`/`day` on or after `today` minus 60 days; null when no year has that date. */
export function resolveYearless(month: number, day: number, today: IsoDate): IsoDate | null {
  const from = addDays(today, -YEARLESS_LOOKBACK_DAYS);
  const firstYear = Number(from.slice(0, 4));
  // 29 February comes back within 8 years even across a skipped leap year (2096 → 2104).
  for (let year = firstYear; year <= firstYear + 8; year++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (isValidIsoDate(date) && date >= from) return date;
  }
  return null;
}

// One alternative per written form, tried left to right; a dated year wins over the year-less
// form inside it because the scan is leftmost-first. `3/12期` and `第3/12` are periods, not dates.
const DATE_PATTERN = new RegExp(
  [
    String.raw`(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号]?`,
    String.raw`(?<!\d)(\d{4})([-/.])(\d{1,2})\5(\d{1,2})(?!\d)`,
    String.raw`(?<!\d)(\d{1,2})月(\d{1,2})[日号]`,
    String.raw`(?<![\d/.\-第])(\d{1,2})/(\d{1,2})(?![\d/]|\s*期)`,
    '(今天|今日|明天|明日|后天)',
    String.raw`已(?:经)?逾期(?:第)?(\d{1,6})天`,
    String.raw`(本月|当月|下月|次月)(\d{1,2})[日号]`,
  ].join('|'),
  'g',
);

const DATE_TEST = new RegExp(DATE_PATTERN.source);

const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 };

// What surrounds a date says whether it is the due date or another date of the bill.
const DUE_BEFORE = /(?:还款日|到期日|截止日|截止|请于|须于|需于|应于|将于|于|请在|最迟|最晚)[\s:为是期]*$/;
const DUE_AFTER =
  /^\s*(?:\d{1,2}:\d{2}\s*)?(?:前|之前|以前|到期|截止|还款|扣款|自动扣款|将自动|当天|当日|24[:点]|(?:是|为)[^,。;]{0,6}(?:还款日|到期日))/;
const OTHER_BEFORE = /(?:账单日|出账日|出账|账单周期|周期|消费|交易|借款日|放款|起|自|从|-|~|至)[\s:为是于]*$/;
const OTHER_AFTER = /^\s*(?:(?:-|~|至|到)\s*(?:\d|今|明)|账单|出账|消费|借款|起)/;

export interface DateMention {
  date: IsoDate;
  /** Higher is likelier the due date: +3 for due wording around it, −3 for a statement or range date. */
  score: number;
}

function contextScore(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 12);
  let score = 0;
  if (DUE_BEFORE.test(before) || DUE_AFTER.test(after)) score += 3;
  if (OTHER_BEFORE.test(before) || OTHER_AFTER.test(after)) score -= 3;
  return score;
}

function mentionedDate(groups: (string | undefined)[], today: IsoDate): IsoDate | null {
  const [, year, month, day, dashYear, , dashMonth, dashDay, cnMonth, cnDay, slashMonth, slashDay, relative, overdue, which, dayOnly] =
    groups;
  if (year && month && day) return fullDate(Number(year), Number(month), Number(day));
  if (dashYear && dashMonth && dashDay) return fullDate(Number(dashYear), Number(dashMonth), Number(dashDay));
  if (cnMonth && cnDay) return resolveYearless(Number(cnMonth), Number(cnDay), today);
  if (slashMonth && slashDay) return resolveYearless(Number(slashMonth), Number(slashDay), today);
  if (relative) return addDays(today, RELATIVE_DAYS[relative] ?? 0);
  if (overdue && Number(overdue) <= MAX_OVERDUE_DAYS) return addDays(today, -Number(overdue));
  if (which && dayOnly) {
    const month = addMonthsClamped(`${today.slice(0, 8)}01`, which === '下月' || which === '次月' ? 1 : 0);
    return fullDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), Number(dayOnly));
  }
  return null;
}

function fullDate(year: number, month: number, day: number): IsoDate | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(date) ? date : null;
}

/** Every date the text names, in order, with how likely each is the due date. */
export function dateMentions(text: string, today: IsoDate): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const date = mentionedDate([...match], today);
    if (!date || !isValidIsoDate(date)) continue;
    const start = match.index;
    // "已逾期3天" states the due date outright; words around it need not vouch for it.
    const score = match[13] ? 2 : contextScore(text, start, start + match[0].length) + (match[12] ? 1 : 0);
    mentions.push({ date, score });
  }
  return mentions;
}

/** Whether the text names anything that reads as a date (for telling where a message ends). */
export function mentionsDate(text: string): boolean {
  return DATE_TEST.test(text);
}

/** The due date: the best-scored date, the first of equals; none when every date reads as another kind. */
export function readDueDate(text: string, today: IsoDate): IsoDate | null {
  let best: DateMention | null = null;
  for (const mention of dateMentions(text, today)) if (!best || mention.score > best.score) best = mention;
  return best && best.score >= 0 ? best.date : null;
}
