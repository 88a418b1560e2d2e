import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarText } from '../../../lib/core/calendar';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { makePlan as factory } from './plan-factory';

const makePlan = (id: string, overrides: Parameters<typeof factory>[0] = {}) => factory({ id, title: `Phone ${id}`, ...overrides });

const NOW = Date.UTC(2026, 4, 1, 2, 0, 0);
const text: CalendarText = {
  name: '还款助手',
  summary: ({ plan, status }) => `${plan.title} ${status.period}/${plan.periods}`,
  description: ({ status }) => `owe ${status.remaining}`,
  alarm: ({ status }) => `due ${status.dueDate}`,
};
const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('buildCalendar', () => {
  it('makes one all-day event per open installment from today on', () => {
    const plan = makePlan('a', { payments: [{ id: 'p', period: 5, amount: 107_200, date: '2026-04-30', note: '' }] });
    const ics = unfold(buildCalendar([plan], DEFAULT_SETTINGS, '2026-05-01', NOW, text));
    // Periods 1–4 are past, 5 is paid: 6..12 remain.
    expect(events(ics)).toHaveLength(7);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260610');
    expect(ics).toContain('DTEND;VALUE=DATE:20260611');
    expect(ics).toContain('SUMMARY:Phone a 6/12');
    expect(ics).toContain('DESCRIPTION:owe 107200');
    expect(ics).toContain('UID:a-6@repay-helper');
    expect(ics).toContain('X-WR-CALNAME:还款助手');
    expect(ics).not.toContain('UID:a-5@repay-helper');
  });

  it('adds an alarm for each reminder lead day at the reminder hour', () => {
    const ics = unfold(
      buildCalendar([makePlan('a', { periods: 1 })], { ...DEFAULT_SETTINGS, leadDays: [3, 0], reminderHour: 9 }, '2026-01-01', NOW, text),
    );
    const [event] = events(ics);
    // 3 days before at 09:00 = 63 h before midnight; the due day at 09:00 = 9 h after it.
    expect(event).toContain('TRIGGER:-PT3780M');
    expect(event).toContain('TRIGGER:PT540M');
    expect(event?.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(event).toContain('DESCRIPTION:due 2026-01-10');
  });

  it('leaves out archived plans and skipped periods', () => {
    const plans = [makePlan('a', { archived: true }), makePlan('b', { periods: 2, skippedPeriods: [1] })];
    const ics = unfold(buildCalendar(plans, DEFAULT_SETTINGS, '2026-01-01', NOW, text));
    expect(events(ics).map((event) => /UID:(\S+)/.exec(event)?.[1])).toEqual(['b-2@repay-helper']);
  });

  it('is a valid empty calendar when nothing is due', () => {
    const ics = buildCalendar([], DEFAULT_SETTINGS, '2026-01-01', NOW, text);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(events(ics)).toHaveLength(0);
    expect(ics).toContain('X-WR-CALNAME:还款助手');
  });

  it('is reproducible: the stamp comes from the caller', () => {
    const once = buildCalendar([makePlan('a')], DEFAULT_SETTINGS, '2026-01-01', NOW, text);
    expect(buildCalendar([makePlan('a')], DEFAULT_SETTINGS, '2026-01-01', NOW, text)).toBe(once);
    expect(once).toContain('DTSTAMP:20260501T020000Z');
  });
});
