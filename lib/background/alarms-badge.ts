import { browser } from 'wxt/browser';
import { nextLenderMidnight } from '../core/dates';

/** The one alarm for the next thing to do: the next reminder or the badge's midnight refresh. */
export const NEXT_ALARM = 'next';
/** Catches what alarms miss: sleep, clock and time-zone changes, alarms cleared by the browser. */
export const SWEEP_ALARM = 'sweep';
export const SWEEP_MINUTES = 30;

export async function scheduleAlarms(nextReminderAt: number | null, now: number): Promise<void> {
  const midnight = nextLenderMidnight(now);
  const when = nextReminderAt === null ? midnight : Math.min(nextReminderAt, midnight);
  const [next, sweep] = await Promise.all([browser.alarms.get(NEXT_ALARM), browser.alarms.get(SWEEP_ALARM)]);
  await Promise.all([
    next?.scheduledTime === when ? null : browser.alarms.create(NEXT_ALARM, { when }),
    sweep ? null : browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES }),
  ]);
}

export const BADGE_COLORS = { overdue: '#C62828', due: '#0E7C66', unreadable: '#6B6B6B' } as const;

export type BadgeState = { kind: 'count'; count: number; overdue: number } | { kind: 'unreadable' };

/** Text and colour: the count of installments in the lead window, red when any is overdue, empty when none. */
export function badgeLook(state: BadgeState): { text: string; color: string } {
  if (state.kind === 'unreadable') return { text: '?', color: BADGE_COLORS.unreadable };
  if (state.count === 0) return { text: '', color: BADGE_COLORS.due };
  return { text: state.count > 99 ? '99+' : String(state.count), color: state.overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.due };
}

export async function showBadge(state: BadgeState): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const { text, color } = badgeLook(state);
  await Promise.all([action.setBadgeText({ text }), action.setBadgeBackgroundColor({ color })]);
}
