import { storage } from '@wxt-dev/storage';
import { lenderToday } from '../core/dates';
import { repayUrlOf } from '../core/lenders';
import type { SentReminder } from '../core/schemas';
import { DEFAULT_SETTINGS } from '../core/schemas';
import { notifyMessages } from '../i18n/notify';
import { type Locale, resolveLocale } from '../i18n/translate';
import { COMMANDS, type CommandName, type CommandResult, changesData as changesDataOf, maySend, type SenderKind } from '../protocol';
import { readItem, SETTINGS } from '../storage/items';
import type { Receipt } from '../storage/values';
import { dropAgenda } from './agenda-writer';
import { type BadgeState, scheduleAlarms } from './alarms-badge';
import { type CommandEnv, checkInput, HANDLERS, type RunContext } from './commands';
import { notificationKind, parseNotificationId } from './notification-content';
import { readPlan } from './plans-store';
import { createQueue } from './queue';
import { storedByNewerVersion } from './read-only';
import { createReceipts, resultAnswer } from './receipts';
import { createShown, type ReconcileReport, reconcileAt } from './reconcile';
import { failure } from './results';

export interface ServiceEnv extends CommandEnv {
  uiLanguage: () => string;
  openUrl: (url: string) => Promise<void>;
  clearNotification: (id: string) => Promise<void>;
}

/** The background's one writer: commands and reminder runs share a single queue. */
export function createRepayService(env: ServiceEnv) {
  const enqueue = createQueue();

  const receipts = createReceipts();
  /** Commands queued or running, by the id their sender gave them: a retry joins the first. */
  const inflight = new Map<string, Promise<CommandResult<unknown>>>();

  /**
   * Checks a command (known, allowed to this sender, valid) and queues it. With a `clientId`, a command
   * already answered (or still running) is not applied again: the retry gets the first answer.
   */
  async function execute(name: CommandName, raw: unknown, sender: SenderKind, id?: string): Promise<CommandResult<unknown>> {
    if (!Object.hasOwn(COMMANDS, name)) return failure('invalid', 'err.invalid', [{ path: 'type', key: 'err.unknownCommand' }]);
    if (!maySend(name, sender)) return failure('forbidden', 'err.forbidden');
    const checked = checkInput(name, raw);
    if (!checked.ok) return checked.result;
    const changesData = changesDataOf(name);
    // Only a change needs a receipt: a query or a page reading is simply answered again.
    const clientId = changesData ? id : undefined;
    if (clientId) {
      const running = inflight.get(clientId);
      if (running) return running;
    }
    if (changesData && (plansFromNewerVersion || (await storedByNewerVersion()))) return failure('conflict', 'err.newerData');
    const handler = HANDLERS[name] as (input: unknown, env: CommandEnv, ctx: RunContext) => Promise<CommandResult<unknown>>;
    const run = enqueue(async () => {
      const receipt = clientId ? await receipts.find(clientId) : undefined;
      if (receipt) return answerFrom(receipt);
      const ctx = runContext(clientId);
      try {
        const result = await handler(checked.input, env, ctx);
        // Commands that write through plans-store have their receipt already; the rest are recorded here.
        if (clientId && result.ok && !(await receipts.find(clientId))) await receipts.write([], clientId, ctx.now, resultAnswer(result));
        return result;
      } catch (error) {
        console.error(`[repay-helper] ${name} failed`, error);
        return failure('internal', 'err.internal');
      }
    });
    if (clientId) {
      inflight.set(clientId, run);
      void run.finally(() => inflight.delete(clientId));
    }
    return run;
  }

  function runContext(clientId: string | undefined): RunContext {
    const now = env.now();
    return {
      now,
      today: lenderToday(now),
      newId: env.newId,
      commit: (entries, answer) => (clientId ? receipts.write(entries, clientId, now, answer) : storage.setItems(entries)),
    };
  }

  async function answerFrom(receipt: Receipt): Promise<CommandResult<unknown>> {
    if (receipt.result !== undefined) return receipt.result as CommandResult<unknown>;
    const read = receipt.plan ? await readPlan(receipt.plan, env.now()) : null;
    return read?.ok && read.plan ? { ok: true, value: read.plan } : failure('not-found', 'err.notFound');
  }

  async function localeNow(): Promise<Locale> {
    const settings = await readItem(SETTINGS);
    return resolveLocale((settings.ok ? settings.value : DEFAULT_SETTINGS).language, env.uiLanguage());
  }

  /** Set by every reconcile (which reads every plan): a plan has fields only a newer version knows. */
  let plansFromNewerVersion = false;
  let waiting: Promise<ReconcileReport> | null = null;
  /** Reminders sent while the stored sent-log cannot be read (it is never written over). */
  const unloggedSent: SentReminder[] = [];
  /** The badge and notifications as this worker left them: a new worker starts knowing nothing. */
  const shown = createShown();

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
        const report = await reconcileAt(now, env.uiLanguage, unloggedSent, shown);
        plansFromNewerVersion = report.newerData;
        return report;
      } catch (error) {
        // Whatever failed, the sweep and the next wake-up stay armed, so a later run can still remind.
        console.error('[repay-helper] reconcile failed', error);
        // And no agenda is left that could show what may no longer be true.
        const badge: BadgeState = { kind: 'unreadable' };
        await Promise.allSettled([scheduleAlarms(null, now), shown.badge(badge), dropAgenda()]);
        return { sent: [], nextAt: null, badge, newerData: plansFromNewerVersion };
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
    const url = plan ? repayUrlOf(plan) : null;
    // A lender repaid only in its app has no page to open: the help page says where, with its contact.
    if (url) await env.openUrl(url);
    else await env.openExtensionPage(first ? `/options.html#help/${first.planId}` : '/options.html#help');
    await env.clearNotification(notificationId);
  }

  /** The buttons of "did the automatic debit go through?": yes records it, no opens what to do now. */
  async function answerDebitFromNotification(notificationId: string, succeeded: boolean): Promise<CommandResult<unknown>[]> {
    const refs = parseNotificationId(notificationId) ?? [];
    const results: CommandResult<unknown>[] = [];
    for (const ref of refs) results.push(await execute('confirmDebit', { ...ref, succeeded }, 'extension'));
    if (!succeeded && refs[0]) await env.openExtensionPage(`/options.html#help/${refs[0].planId}`);
    await env.clearNotification(notificationId);
    return results;
  }

  async function openPlanPage(notificationId: string): Promise<void> {
    const refs = parseNotificationId(notificationId);
    if (!refs) return;
    const single = refs.every((ref) => ref.planId === refs[0]?.planId);
    // A late installment's notification opens the late checklist (with the plan's customer service).
    const kind = notificationKind(notificationId);
    const page = kind === 'late' ? 'help' : 'plan';
    // A card's next statement opens the editor for it, filled in from the statement it follows.
    if (kind === 'statement' && refs[0]) await env.openExtensionPage(`/options.html#plan/${refs[0].planId}/next`);
    else if (single && refs[0]) await env.openExtensionPage(`/options.html#${page}/${refs[0].planId}`);
    else await env.openExtensionPage(page === 'help' ? '/options.html#help' : '/options.html#plans');
    await env.clearNotification(notificationId);
  }

  return { execute, reconcile, markPaidFromNotification, openRepayPage, openPlanPage, answerDebitFromNotification };
}

export type RepayService = ReturnType<typeof createRepayService>;
