import { activePlanCount, agendaSnapshotOf } from '../core/agenda-snapshot';
import { statementsAwaited } from '../core/card-statement';
import { lenderToday } from '../core/dates';
import { awaitsDebit } from '../core/installment-state';
import { badgeCountOf, logSent, statementReminders } from '../core/reminders';
import { DEFAULT_SETTINGS, type SentReminder } from '../core/schemas';
import { openInstallments } from '../core/summary';
import { resolveLocale } from '../i18n/translate';
import { SENT_LOG, writeItem } from '../storage/items';
import { learnStoredAgenda, writeAgenda } from './agenda-writer';
import { armedAlarms, type BadgeState, createBadge, type ShowBadge, scheduleAlarms } from './alarms-badge';
import { notificationContents, statementNotification } from './notification-content';
import { readPlans } from './plans-store';
import { storedByNewerVersion } from './read-only';
import { readReconcileInputs } from './reconcile-reads';
import { createSettledSweep, type SettledSweep } from './settled-sweep';
import { cachedPlanStatus, cachedReminders } from './status-cache';

/** The stored sent-log with what this worker sent but could not log (none, as a rule). */
const withUnlogged = (stored: SentReminder[], unlogged: readonly SentReminder[]): SentReminder[] => {
  if (unlogged.length === 0) return stored;
  const ids = new Set(stored.map((entry) => entry.id));
  return [...stored, ...unlogged.filter((entry) => !ids.has(entry.id))];
};

const earliest = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

export interface ReconcileReport {
  sent: string[];
  nextAt: number | null;
  badge: BadgeState;
  /** Some plan was written by a newer version of the extension: the background changes nothing then. */
  newerData: boolean;
}

/** What this worker has put on screen, remembered so that a pass that changes nothing makes no call. */
export interface Shown {
  badge: ShowBadge;
  notifications: SettledSweep;
}

export const createShown = (): Shown => ({ badge: createBadge(), notifications: createSettledSweep() });

/**
 * Sends what is due at `now` and not yet sent, logs it, re-arms the alarms, redraws the badge and
 * rewrites the popup's agenda. Idempotent. Each plan's installments are computed once and shared by
 * the reminders, the badge and the agenda.
 */
export async function reconcileAt(
  now: number,
  uiLanguage: () => string,
  unloggedSent: SentReminder[],
  shown: Shown,
): Promise<ReconcileReport> {
  // Everything the pass asks the browser is asked at once: the alarms, the stored agenda (only when this
  // worker does not know it yet; writeAgenda waits for it) and the stored values.
  const armed = armedAlarms();
  void learnStoredAgenda();
  const { index, settings: settingsRead, sentLog } = await readReconcileInputs(now);
  const plans = await readPlans(now, index);
  const settings = settingsRead.ok ? settingsRead.value : DEFAULT_SETTINGS;
  if (!plans.ok) {
    const badge: BadgeState = { kind: 'unreadable' };
    // No agenda: the popup then reads the plans itself and says they cannot be read.
    await Promise.all([scheduleAlarms(null, now, armed), shown.badge(badge), writeAgenda(null)]);
    return { sent: [], nextAt: null, badge, newerData: false };
  }
  const today = lenderToday(now);
  const open = openInstallments(plans.plans, today, cachedPlanStatus);
  // An unreadable or read-only sent-log is not written over (the views report it; the user saves and
  // discards it, or updates the extension): until then what is sent is remembered in memory, and a restarted worker can at worst re-show a
  // reminder, which its notification id makes a replacement, not a second one.
  const log = sentLog.ok ? withUnlogged(sentLog.value, unloggedSent) : unloggedSent;
  // Plans that can be read are reminded of even when another cannot be (it is kept aside and reported).
  const installments = cachedReminders(open, { plans: plans.plans, settings, sentLog: log, today, now });
  const awaited = statementsAwaited(plans.plans);
  const statements = statementReminders(awaited, settings, log, now);
  const due = [...installments.due, ...statements.due];
  const nextAt = earliest(installments.nextAt, statements.nextAt);
  if (due.length > 0) {
    const locale = resolveLocale(settings.language, uiLanguage());
    for (const content of notificationContents(installments.due, locale, today)) await shown.notifications.show(content);
    for (const reminder of statements.due) await shown.notifications.show(statementNotification(reminder, locale));
    const logged = logSent(log, due, now);
    // Nor is a sent-log a newer version may have written (its stamp or its entries' fields): read-only.
    if (sentLog.ok && !plans.newer && !(await storedByNewerVersion())) {
      await writeItem(SENT_LOG, logged);
      unloggedSent.length = 0;
    } else unloggedSent.splice(0, unloggedSent.length, ...logged);
  }
  const complete = plans.unreadable.length === 0;
  // Only with every plan read: an unreadable one's installments are not known to be settled.
  if (complete) {
    const key = ({ plan, status }: (typeof open)[number]) => `${plan.id}:${status.period}`;
    const awaiting = new Set(awaited.map(({ plan }) => `${plan.id}:1`));
    await shown.notifications.sweep([new Set(open.map(key)), new Set(open.filter((item) => awaitsDebit(item.status)).map(key)), awaiting]);
  }
  const badge: BadgeState = complete ? { kind: 'count', ...badgeCountOf(open, settings, today) } : { kind: 'unreadable' };
  // An agenda without the unreadable plans would look complete: the popup then says what it cannot read.
  const agenda = writeAgenda(complete ? agendaSnapshotOf(open, activePlanCount(plans.plans), today) : null);
  await Promise.all([scheduleAlarms(nextAt, now, armed), shown.badge(badge), agenda]);
  return { sent: due.map((reminder) => reminder.id), nextAt, badge, newerData: plans.newer };
}
