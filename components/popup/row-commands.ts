// What the popup's row buttons do (mark paid, snooze, confirm a debit, undo), loaded on the first click
// so the popup's first load carries only what its first paint needs.
import type { AgendaRow } from '../../lib/core/agenda';
import type { IsoDate } from '../../lib/core/dates';
import { loadPopupMoreMessages } from '../../lib/i18n/popup';
import { loadErrorMessages } from '../../lib/i18n/popup-errors';
import type { Locale } from '../../lib/i18n/translate';
import { send } from '../../lib/send';
import type { RowActions } from './payment-row';
import type { Toast } from './toast-bar';

/** The popup state the commands change. */
export interface RowCommandContext {
  locale: Locale;
  today: IsoDate;
  /** Takes the row out of the list (gone) or brings it back. */
  hide: (row: AgendaRow, gone: boolean) => void;
  setToast: (toast: Toast | null) => void;
  setBusyKey: (key: string | null) => void;
  setHelpRow: (row: AgendaRow) => void;
}

export function rowCommands(c: RowCommandContext): Pick<RowActions, 'markPaid' | 'snooze' | 'confirmDebit'> {
  const words = () => loadPopupMoreMessages(c.locale);
  const fail = async (message: string) => {
    const [errors, x] = await Promise.all([loadErrorMessages(c.locale), words()]);
    c.setToast({ text: x('toast.failed', { reason: errors(message as Parameters<typeof errors>[0]) }), undoLabel: x('toast.undo') });
  };
  const done = async (row: AgendaRow, key: 'toast.paid' | 'toast.debitConfirmed', payment: { id: string } | undefined) => {
    const x = await words();
    const undo = payment
      ? async () => {
          c.hide(row, false);
          const undone = await send('undoPayment', { planId: row.planId, paymentId: payment.id });
          c.setToast(undone.ok ? { text: x('toast.undone') } : null);
          if (!undone.ok) void fail(undone.error.message);
        }
      : undefined;
    c.setToast({ text: x(key, { plan: row.title, period: row.period }), undo, undoLabel: x('toast.undo') });
  };
  return {
    // The popup has already taken the row out (at the click); a failure brings it back with the reason.
    markPaid: async (row) => {
      const result = await send('recordPayment', { planId: row.planId, period: row.period, date: c.today });
      if (!result.ok) {
        c.hide(row, false);
        return fail(result.error.message);
      }
      await done(row, 'toast.paid', result.value.payments[result.value.payments.length - 1]);
    },
    snooze: async (row, until, confirmation) => {
      const result = await send('snooze', { planId: row.planId, period: row.period, until });
      if (!result.ok) return fail(result.error.message);
      c.setToast({ text: confirmation });
    },
    // The popup has already marked the row busy and, on yes, taken it out (at the click).
    confirmDebit: async (row, succeeded) => {
      const result = await send('confirmDebit', { planId: row.planId, period: row.period, succeeded });
      c.setBusyKey(null);
      if (!result.ok) {
        c.hide(row, false);
        return fail(result.error.message);
      }
      if (!succeeded) return c.setHelpRow({ ...row, state: 'overdue', debitFailed: true });
      await done(row, 'toast.debitConfirmed', result.value.payments[result.value.payments.length - 1]);
    },
  };
}
