import { daysBetween } from '../../lib/core/dates';
import { formatMoney } from '../../lib/core/money';
import type { DueItem } from '../../lib/core/summary';
import { formatDate, formatRelativeDays } from '../../lib/i18n/format';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';

export interface RowActions {
  markPaid: (item: DueItem) => void;
  repay: (item: DueItem) => void;
  snooze: (item: DueItem) => void;
}

interface Props {
  item: DueItem;
  today: string;
  locale: Locale;
  t: PopupT;
  actions: RowActions;
  busy: boolean;
}

/** One installment: who, which period, how much, when, how it will be paid, and what to do now. */
export function PaymentRow({ item, today, locale, t, actions, busy }: Props) {
  const { plan, status } = item;
  const lender = plan.lender.name || t(`lender.${plan.lender.kind}`);
  const name = `${lender} · ${plan.title}`;
  const period = { period: status.period, periods: plan.periods };
  const days = daysBetween(today, status.dueDate);
  const late = status.state === 'overdue' || status.state === 'in-grace';
  const account = plan.paymentMethod.label || t(`payment.${plan.paymentMethod.kind}`);
  return (
    <li class={`row${late ? ' row--late' : ''}`}>
      <div class="row__top">
        <span class="row__name">{name}</span>
        <span class="row__amount">{formatMoney(status.remaining, locale)}</span>
      </div>
      <div class="row__meta">
        <span>{t('row.period', period)}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={status.dueDate}>
          {formatDate(status.dueDate, locale)} {formatRelativeDays(days, locale)}
        </time>
        {status.state === 'overdue' && <span class="chip chip--late">{t('row.lateDays', { count: status.daysLate })}</span>}
        {status.state === 'in-grace' && <span class="chip chip--grace">{t('row.inGrace')}</span>}
        {plan.autoRepay && <span class="chip chip--auto">{t('row.autoRepay', { account })}</span>}
      </div>
      {status.paid > 0 && (
        <div class="row__partly">
          {t('row.partly', { paid: formatMoney(status.paid, locale), remaining: formatMoney(status.remaining, locale) })}
        </div>
      )}
      <div class="row__actions">
        <button
          type="button"
          class="btn btn--primary"
          disabled={busy}
          aria-label={t('action.markPaidLabel', { plan: name, ...period })}
          onClick={() => actions.markPaid(item)}
        >
          {t('action.markPaid')}
        </button>
        <button type="button" class="btn" aria-label={t('action.repayLabel', { plan: name })} onClick={() => actions.repay(item)}>
          {t('action.repay')}
        </button>
        <button
          type="button"
          class="btn btn--quiet"
          disabled={busy}
          aria-label={t('action.snoozeLabel', { plan: name, ...period })}
          onClick={() => actions.snooze(item)}
        >
          {t('action.snooze')}
        </button>
      </div>
    </li>
  );
}
