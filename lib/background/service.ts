import { buildAgendaSnapshot } from '../core/agenda-snapshot';
import { lenderToday } from '../core/dates';
import { repayUrlOf } from '../core/lenders';
import { logSent, planReminders } from '../core/reminders';
import { DEFAULT_SETTINGS } from '../core/schemas';
import { notifyMessages } from '../i18n/notify';
import { type Locale, resolveLocale } from '../i18n/translate';
import { COMMANDS, type CommandName, type CommandResult, maySend, type SenderKind } from '../protocol';
import { agendaItem, readItem, SENT_LOG, SETTINGS, writeItem } from '../storage/items';
import { type BadgeState, badgeFor, scheduleAlarms, showBadge } from './alarms-badge';
import { type CommandEnv, checkInput, commandContext, HANDLERS } from './commands';
import { notificationContent, parseNotificationId } from './notification-content';
import { showReminder } from './notifier';
import { readPlan, readPlans } from './plans-store';
import { createQueue } from './queue';

export interface ServiceEnv extends CommandEnv {
  uiLanguage: () => string;
  openUrl: (url: string) => Promise<void>;
  clearNotification: (id: string) => Promise<void>;
}

export type { SenderKind };

export interface ReconcileReport {
  sent: string[];
  nextAt: number | null;
  badge: BadgeState;
}

/** The background's one writer: commands and reminder runs share a single queue. */
export function createRepayService(env: ServiceEnv) {
  const enqueue = createQueue();

  async function execute(name: CommandName, raw: unknown, sender: SenderKind): Promise<CommandResult<unknown>> {
    if (!Object.hasOwn(COMMANDS, name))
      return { ok: false, error: { code: 'invalid', message: 'err.invalid', details: [{ path: 'type', key: 'err.unknownCommand' }] } };
    if (!maySend(name, sender)) return { ok: false, error: { code: 'forbidden', message: 'err.forbidden' } };
    const checked = checkInput(name, raw);
    if (!checked.ok) return checked.result;
    const handler = HANDLERS[name] as (
      input: unknown,
      env: CommandEnv,
      ctx: ReturnType<typeof commandContext>,
    ) => Promise<CommandResult<unknown>>;
    return enqueue(async () => {
      try {
        return await handler(checked.input, env, commandContext(env));
      } catch (error) {
        console.error(`[repay-helper] ${name} failed`, error);
        return { ok: false, error: { code: 'internal', message: 'err.internal' } };
      }
    });
  }

  async function localeNow(): Promise<Locale> {
    const settings = await readItem(SETTINGS);
    return resolveLocale((settings.ok ? settings.value : DEFAULT_SETTINGS).language, env.uiLanguage());
  }

  /** Sends what is due and not yet sent, logs it, re-arms the alarms and redraws the badge. Idempotent. */
  function reconcile(): Promise<ReconcileReport> {
    return enqueue(async () => {
      const now = env.now();
      try {
        return await reconcileAt(now);
      } catch (error) {
        // Whatever failed, the sweep and the next wake-up stay armed, so a later run can still remind.
        console.error('[repay-helper] reconcile failed', error);
        const badge: BadgeState = { kind: 'unreadable' };
        await Promise.all([scheduleAlarms(null, now), showBadge(badge)]);
        return { sent: [], nextAt: null, badge };
      }
    });
  }

  async function reconcileAt(now: number): Promise<ReconcileReport> {
    const [plans, settingsRead, sentLog] = await Promise.all([readPlans(now), readItem(SETTINGS, now), readItem(SENT_LOG, now)]);
    const settings = settingsRead.ok ? settingsRead.value : DEFAULT_SETTINGS;
    if (!plans.ok) {
      const badge: BadgeState = { kind: 'unreadable' };
      // No agenda: the popup then reads the plans itself and says they cannot be read.
      await Promise.all([scheduleAlarms(null, now), showBadge(badge), agendaItem.removeValue()]);
      return { sent: [], nextAt: null, badge };
    }
    // An unreadable sent-log was kept aside by readItem; starting afresh can at worst re-show
    // a reminder, and its notification id makes that a replacement, not a second one.
    const log = sentLog.ok ? sentLog.value : [];
    // Plans that can be read are reminded of even when another cannot be (it is kept aside and reported).
    const { due, nextAt } = planReminders(plans.plans, settings, log, now);
    if (due.length > 0) {
      const locale = resolveLocale(settings.language, env.uiLanguage());
      await showReminder(notificationContent(due, locale, lenderToday(now)));
      await writeItem(SENT_LOG, logSent(log, due, now));
    }
    const complete = plans.unreadable.length === 0;
    const badge: BadgeState = complete ? badgeFor(plans.plans, settings, now) : { kind: 'unreadable' };
    // An agenda without the unreadable plans would look complete: the popup then says what it cannot read.
    const agenda = complete ? agendaItem.setValue(buildAgendaSnapshot(plans.plans, lenderToday(now))) : agendaItem.removeValue();
    await Promise.all([scheduleAlarms(nextAt, now), showBadge(badge), agenda]);
    return { sent: due.map((reminder) => reminder.id), nextAt, badge };
  }

  /** "已还款 / Mark paid": records the full remaining amount of every installment the notification lists. */
  async function markPaidFromNotification(notificationId: string): Promise<CommandResult<unknown>[]> {
    const refs = parseNotificationId(notificationId) ?? [];
    const note = notifyMessages(await localeNow())('paidNote');
    const date = lenderToday(env.now());
    const results: CommandResult<unknown>[] = [];
    for (const ref of refs) {
      const result = await execute('recordPayment', { planId: ref.planId, period: ref.period, date, note }, 'extension');
      results.push(result);
    }
    await env.clearNotification(notificationId);
    return results;
  }

  async function openRepayPage(notificationId: string): Promise<void> {
    const first = parseNotificationId(notificationId)?.[0];
    const read = first ? await readPlan(first.planId, env.now()) : null;
    const plan = read?.ok ? read.plan : null;
    await env.openUrl(repayUrlOf(plan ?? { repayUrl: '', lender: { kind: 'xiaomi', name: '' } }));
    await env.clearNotification(notificationId);
  }

  async function openPlanPage(notificationId: string): Promise<void> {
    const refs = parseNotificationId(notificationId);
    if (!refs) return;
    const single = refs.every((ref) => ref.planId === refs[0]?.planId);
    await env.openExtensionPage(single && refs[0] ? `/options.html#plan/${refs[0].planId}` : '/options.html#plans');
    await env.clearNotification(notificationId);
  }

  return { execute, reconcile, markPaidFromNotification, openRepayPage, openPlanPage };
}

export type RepayService = ReturnType<typeof createRepayService>;
