import { type Browser, browser } from 'wxt/browser';
import { nextLenderMidnight } from '../core/dates';

/** The one alarm for the next thing to do: the next reminder or the badge's midnight refresh. */
export const NEXT_ALARM = 'next';
/** Catches what alarms miss: sleep, clock and time-zone changes, alarms cleared by the browser. */
export const SWEEP_ALARM = 'sweep';
export const SWEEP_MINUTES = 30;

/**
 * The alarms as the browser has them, asked for once per pass (a pass asks at its start, alongside its
 * reads) and never remembered: alarms cleared behind the worker's back are re-armed by the next pass.
 */
export function armedAlarms(): Promise<Browser.alarms.Alarm[]> {
  const armed = browser.alarms.getAll();
  // Awaited by scheduleAlarms, which reports a failure; a pass that fails before it must not leave it unhandled.
  armed.catch(() => undefined);
  return armed;
}

/** Arms the next alarm and the sweep, creating only what `armed` does not already hold. */
export async function scheduleAlarms(nextReminderAt: number | null, now: number, armed = armedAlarms()): Promise<void> {
  const midnight = nextLenderMidnight(now);
  const when = nextReminderAt === null ? midnight : Math.min(nextReminderAt, midnight);
  const alarms = await armed;
  const next = alarms.find((alarm) => alarm.name === NEXT_ALARM);
  const sweep = alarms.find((alarm) => alarm.name === SWEEP_ALARM);
  await Promise.all([
    next?.scheduledTime === when ? null : browser.alarms.create(NEXT_ALARM, { when }),
    sweep?.periodInMinutes === SWEEP_MINUTES ? null : browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES }),
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

export type ShowBadge = (state: BadgeState) => Promise<void>;

/**
 * Sets the badge's text and colour, each only when it differs from what this function last set: most
 * passes change neither. The memory is this worker's alone, so a restarted worker (or a new service)
 * sets both again; a call that fails is forgotten, so the next pass sets it again.
 */
export function createBadge(): ShowBadge {
  const shown: { text?: string; color?: string } = {};
  const set = async (field: 'text' | 'color', value: string, apply: () => Promise<void>) => {
    if (shown[field] === value) return;
    delete shown[field];
    await apply();
    shown[field] = value;
  };
  return async (state) => {
    const action = browser.action ?? browser.browserAction;
    const { text, color } = badgeLook(state);
    await Promise.all([
      set('text', text, () => action.setBadgeText({ text })),
      set('color', color, () => action.setBadgeBackgroundColor({ color })),
    ]);
  };
}
