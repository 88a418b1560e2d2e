import { lenderToday } from '../core/dates';
import { repayUrlOf } from '../core/lenders';
import { DEFAULT_SETTINGS } from '../core/schemas';
import { notifyMessages } from '../i18n/notify';
import { type Locale, resolveLocale } from '../i18n/translate';
import { COMMANDS, type CommandName, type CommandResult, maySend, type SenderKind } from '../protocol';
import { readItem, SETTINGS } from '../storage/items';
import { type BadgeState, scheduleAlarms, showBadge } from './alarms-badge';
import { type CommandEnv, checkInput, commandContext, HANDLERS } from './commands';
import { parseNotificationId } from './notification-content';
import { readPlan } from './plans-store';
import { createQueue } from './queue';
import { type ReconcileReport, reconcileAt } from './reconcile';

export interface ServiceEnv extends CommandEnv {
  uiLanguage: () => string;
  openUrl: (url: string) => Promise<void>;
  clearNotification: (id: string) => Promise<void>;
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

  let waiting: Promise<ReconcileReport> | null = null;

  /**
   * Reconciles once every queued command is applied. However many changes arrive, at most one
   * reconcile waits: a request made while one waits joins it (it will read their result anyway).
   */
  function reconcile(): Promise<ReconcileReport> {
    if (waiting) return waiting;
    const run = enqueue(async () => {
      waiting = null; // from here on, a new change needs a new run
      const now = env.now();
      try {
        return await reconcileAt(now, env.uiLanguage);
      } catch (error) {
        // Whatever failed, the sweep and the next wake-up stay armed, so a later run can still remind.
        console.error('[repay-helper] reconcile failed', error);
        const badge: BadgeState = { kind: 'unreadable' };
        await Promise.all([scheduleAlarms(null, now), showBadge(badge)]);
        return { sent: [], nextAt: null, badge };
      }
    });
    waiting = run;
    return run;
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
