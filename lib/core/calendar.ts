import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, type IsoDate } from './dates';
import { leadDaysInOrder } from './lead-days';
import type { Plan, Settings } from './schemas';
import { type DueItem, openInstallments } from './summary';

/** The words of each event, in the user's language (lib/core has no strings of its own). */
export interface CalendarText {
  /** The calendar's own name ("还款助手"). */
  name: string;
  summary(item: DueItem): string;
  description(item: DueItem): string;
  alarm(item: DueItem): string;
}

const toDateArray = (date: IsoDate): DateArray => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
};

/**
 * An all-day event for every open installment due from `today` on, each with one alarm per reminder
 * lead day at the reminder hour. Triggers are relative to the event's (local) midnight, so a phone in
 * any time zone rings at the hour the user chose.
 */
export function buildCalendar(plans: readonly Plan[], settings: Settings, today: IsoDate, now: number, text: CalendarText): string {
  const items = openInstallments(plans, today).filter(({ status }) => status.dueDate >= today);
  const leadDays = leadDaysInOrder(settings.leadDays.length > 0 ? settings.leadDays : [1]);
  const events = items.map((item): EventAttributes => {
    const { plan, status } = item;
    const event: EventAttributes & { timestamp: number } = {
      uid: `${plan.id}-${status.period}@repay-helper`,
      start: toDateArray(status.dueDate),
      end: toDateArray(addDays(status.dueDate, 1)),
      title: text.summary(item),
      description: text.description(item),
      ...(plan.repayUrl ? { url: plan.repayUrl } : {}),
      categories: [text.name],
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      // DTSTAMP from the caller's clock keeps the function pure and the output reproducible.
      timestamp: now,
      alarms: leadDays.map((days) => ({ action: 'display', description: text.alarm(item), trigger: trigger(days, settings.reminderHour) })),
    };
    return event;
  });
  if (events.length === 0) return emptyCalendar(text.name);
  const { error, value } = createEvents(events, { productId: 'repay-helper/ics', calName: text.name });
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return refold(value);
}

/** `days` before the due day at `hour`, as an offset from the due day's midnight. */
function trigger(days: number, hour: number) {
  const minutes = hour * 60 - days * 24 * 60;
  // A zero duration ("PT") is not valid iCalendar; a minute after midnight is as good.
  if (minutes === 0) return { minutes: 1, before: false };
  return minutes < 0 ? { minutes: -minutes, before: true } : { minutes, before: false };
}

/**
 * The `ics` package folds every 75 characters, but RFC 5545 §3.1 counts octets: a Chinese line folded
 * there can reach 225 bytes. Undo its folds (CRLF + tab) and fold again by UTF-8 octets.
 */
function refold(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

/** At most 75 octets a line, continued after CRLF and one space, never inside a character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  let room = 75;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > room) {
      parts.push(part);
      part = '';
      octets = 0;
      // A continuation's leading space is one of its 75 octets.
      room = 74;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const utf8Octets = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

function emptyCalendar(name: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:repay-helper/ics',
    foldLine(`X-WR-CALNAME:${name}`),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
