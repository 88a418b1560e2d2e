import type { AgendaRow } from '../../lib/core/agenda';
import { daysBetween } from '../../lib/core/dates';
import { isLate } from '../../lib/core/installment-state';
import { accountLabel, planLabel } from '../../lib/core/labels';
import { formatMoney } from '../../lib/core/money';
import { formatDate, formatRelativeDays } from '../../lib/i18n/format';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';

export interface RowActions {
  markPaid: (row: AgendaRow) => void;
  repay: (row: AgendaRow) => void;
  snooze: (row: AgendaRow) => void;
}

interface Props {
  row: AgendaRow;
  today: string;
  locale: Locale;
  t: PopupT;
  actions: RowActions;
  busy: boolean;
}

/** One installment: who, which period, how much, when, how it will be paid, and what to do now. */
export function PaymentRow({ row, today, locale, t, actions, busy }: Props) {
  const name = planLabel(row, t);
  const period = { period: row.period, periods: row.periods };
  const days = daysBetween(today, row.dueDate);
  const account = accountLabel(row.paymentMethod, t);
  return (
    <li class={`row${isLate(row) ? ' row--late' : ''}`}>
      <div class="row__top">
        <span class="row__name">{name}</span>
        <span class="row__amount">{formatMoney(row.remaining, locale)}</span>
      </div>
      <div class="row__meta">
        <span>{t('row.period', period)}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={row.dueDate}>
          {formatDate(row.dueDate, locale)} {formatRelativeDays(days, locale)}
        </time>
        {row.state === 'overdue' && <span class="chip chip--late">{t('row.lateDays', { count: row.daysLate })}</span>}
        {row.state === 'in-grace' && <span class="chip chip--grace">{t('row.inGrace')}</span>}
        {row.autoRepay && <span class="chip chip--auto">{t('row.autoRepay', { account })}</span>}
      </div>
      {row.paid > 0 && (
        <div class="row__partly">
          {t('row.partly', { paid: formatMoney(row.paid, locale), remaining: formatMoney(row.remaining, locale) })}
        </div>
      )}
      <div class="row__actions">
        <button
          type="button"
          class="btn btn--primary"
          disabled={busy}
          aria-label={t('action.markPaidLabel', { plan: name, ...period })}
          onClick={() => actions.markPaid(row)}
        >
          {t('action.markPaid')}
        </button>
        <button type="button" class="btn" aria-label={t('action.repayLabel', { plan: name })} onClick={() => actions.repay(row)}>
          {t('action.repay')}
        </button>
        <button
          type="button"
          class="btn btn--quiet"
          disabled={busy}
          aria-label={t('action.snoozeLabel', { plan: name, ...period })}
          onClick={() => actions.snooze(row)}
        >
          {t('action.snooze')}
        </button>
      </div>
    </li>
  );
}
