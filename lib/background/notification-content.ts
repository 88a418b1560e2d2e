import { isCardStatement, minimumPaymentCost, statementOf } from '../core/card-statement';
import { daysBetween } from '../core/dates';
import { awaitsDebit, isLate } from '../core/installment-state';
import { accountLabel, planLabel } from '../core/labels';
import { formatMoney } from '../core/money';
import type { Reminder, StatementReminder } from '../core/reminders';
import { commonMessages } from '../i18n/common';
import { formatDate } from '../i18n/format';
import { notifyMessages } from '../i18n/notify';
import type { Locale } from '../i18n/translate';

// What a reminder notification says. Pure: the notifier turns it into browser.notifications calls.

export interface InstallmentRef {
  planId: string;
  period: number;
}

/**
 * What a notification asks, in its id's prefix, so a click is understood after the worker slept:
 * a reminder (`rh`), a late installment (`rhl`: its body opens the late checklist), an automatic
 * debit to confirm (`rhd`: its buttons answer yes and no) or a card's next statement to enter (`rhs`:
 * it opens the statement editor; its ref is the statement the next one follows).
 */
const PREFIXES = { remind: 'rh', late: 'rhl', debit: 'rhd', statement: 'rhs' } as const;
export type NotificationKind = keyof typeof PREFIXES;
const KIND_OF_PREFIX = new Map<string, NotificationKind>(
  Object.entries(PREFIXES).map(([kind, prefix]) => [prefix, kind as NotificationKind]),
);

/** Handlers find their data again from the id alone (the worker may have slept since). */
export function notificationId(refs: readonly InstallmentRef[], kind: NotificationKind = 'remind'): string {
  return [PREFIXES[kind], ...refs.map((ref) => `${ref.planId}:${ref.period}`)].join('|');
}

export const notificationKind = (id: string): NotificationKind | null => KIND_OF_PREFIX.get(id.split('|')[0] ?? '') ?? null;

export function parseNotificationId(id: string): InstallmentRef[] | null {
  const [prefix, ...parts] = id.split('|');
  if (!KIND_OF_PREFIX.has(prefix ?? '') || parts.length === 0) return null;
  const refs: InstallmentRef[] = [];
  for (const part of parts) {
    const match = /^([A-Za-z0-9_-]{1,64}):(\d{1,3})$/.exec(part);
    if (!match) return null;
    refs.push({ planId: match[1] as string, period: Number(match[2]) });
  }
  return refs;
}

export interface NotificationContent {
  id: string;
  title: string;
  message: string;
  buttons: string[];
}

function line(reminder: Reminder, locale: Locale): string {
  const t = notifyMessages(locale);
  const { plan, status } = reminder;
  const amount = formatMoney(status.remaining, locale);
  if (status.state === 'overdue') return t('line.late', { amount, count: status.daysLate, penalty: formatMoney(status.penalty, locale) });
  if (status.state === 'in-grace') return t('line.inGrace', { amount, count: status.daysLate });
  const date = formatDate(status.dueDate, locale);
  if (isCardStatement(plan) && !plan.autoRepay && status.paid === 0) {
    const { interest } = minimumPaymentCost(statementOf(plan));
    return t('line.card', { amount, date, minimum: formatMoney(plan.card.minimum, locale), interest: formatMoney(interest, locale) });
  }
  if (!plan.autoRepay) return t('line.repay', { amount, date });
  const account = accountLabel(plan.paymentMethod, commonMessages(locale));
  return t('line.autoRepay', { account, amount, date });
}

function title(reminder: Reminder, locale: Locale, today: string): string {
  const t = notifyMessages(locale);
  const { status } = reminder;
  const plan = `${planLabel(reminder.plan, commonMessages(locale))} ${t('period', { period: status.period, periods: reminder.plan.periods })}`;
  if (isLate(status)) return t('title.late', { count: status.daysLate, plan });
  if (status.dueDate === today) return t('title.due', { plan });
  return t('title.lead', { count: daysBetween(today, status.dueDate), plan });
}

/** "Did the automatic debit go through?" for one installment past its due date: yes and no buttons. */
function debitQuestion(reminder: Reminder, locale: Locale): NotificationContent {
  const t = notifyMessages(locale);
  const { plan, status } = reminder;
  const names = commonMessages(locale);
  return {
    id: notificationId([{ planId: plan.id, period: status.period }], 'debit'),
    title: t('title.confirm', { plan: `${planLabel(plan, names)} ${t('period', { period: status.period, periods: plan.periods })}` }),
    message: t('line.confirm', {
      account: accountLabel(plan.paymentMethod, names),
      amount: formatMoney(status.remaining, locale),
      date: formatDate(status.dueDate, locale),
    }),
    buttons: [t('button.debitYes'), t('button.debitNo')],
  };
}

/**
 * The notifications for what is due at once: each automatic debit to confirm on its own (its buttons
 * answer it), everything else grouped into one.
 */
export function notificationContents(reminders: readonly Reminder[], locale: Locale, today: string): NotificationContent[] {
  const questions = reminders.filter((reminder) => awaitsDebit(reminder.status));
  const rest = reminders.filter((reminder) => !awaitsDebit(reminder.status));
  const contents = questions.map((reminder) => debitQuestion(reminder, locale));
  return rest.length > 0 ? [...contents, notificationContent(rest, locale, today)] : contents;
}

/** One notification for everything due at once; several reminders are grouped into one. */
export function notificationContent(reminders: readonly Reminder[], locale: Locale, today: string): NotificationContent {
  const t = notifyMessages(locale);
  const refs = reminders.map((r) => ({ planId: r.plan.id, period: r.status.period }));
  const id = notificationId(refs, reminders.some((r) => isLate(r.status)) ? 'late' : 'remind');
  const first = reminders[0];
  if (!first) throw new RangeError('notificationContent needs at least one reminder');
  if (reminders.length === 1) {
    return { id, title: title(first, locale, today), message: line(first, locale), buttons: [t('button.markPaid'), t('button.repayNow')] };
  }
  return {
    id,
    title: t('title.group', { count: reminders.length }),
    message: reminders.map((r) => t('line.group', { plan: planLabel(r.plan, commonMessages(locale)), line: line(r, locale) })).join('\n'),
    buttons: [t('button.markAllPaid'), t('button.repayNow')],
  };
}

/** "A new statement is out: enter it", for a card statement set to repeat; its button opens the editor. */
export function statementNotification(reminder: StatementReminder, locale: Locale): NotificationContent {
  const t = notifyMessages(locale);
  return {
    id: notificationId([{ planId: reminder.plan.id, period: 1 }], 'statement'),
    title: t('title.statement', { plan: planLabel(reminder.plan, commonMessages(locale)) }),
    message: t('line.statement', { date: formatDate(reminder.statementDate, locale) }),
    buttons: [t('button.enterStatement')],
  };
}
