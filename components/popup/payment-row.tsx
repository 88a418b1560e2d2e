import { useRef, useState } from 'preact/hooks';
import type { AgendaRow } from '../../lib/core/agenda';
import { daysBetween } from '../../lib/core/dates';
import { awaitsDebit, isLate } from '../../lib/core/installment-state';
import { accountLabel, planLabel } from '../../lib/core/labels';
import { repayUrlOf } from '../../lib/core/lenders';
import { formatMoney } from '../../lib/core/money';
import { formatDate, formatRelativeDays } from '../../lib/i18n/format';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';
import { ContactLine } from './contact-line';
import { useLazyPart } from './lazy-part';

export interface RowActions {
  markPaid: (row: AgendaRow) => void;
  repay: (row: AgendaRow) => void;
  /** `confirmation` says when, in words, once the background has it. */
  snooze: (row: AgendaRow, until: number, confirmation: string) => void;
  /** The answer to "did the automatic debit go through?". */
  confirmDebit: (row: AgendaRow, succeeded: boolean) => void;
  /** What to do about a late row: the checks, repaying now and the lender's customer service. */
  help: (row: AgendaRow) => void;
  /** What the snooze choices are computed from. */
  now: number;
  reminderHour: number;
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
  const late = isLate(row);
  const asking = awaitsDebit(row);
  const [menuOpen, setMenuOpen] = useState(false);
  const SnoozeMenu = useLazyPart(() => import('./snooze-menu').then((module) => module.SnoozeMenu), menuOpen, locale);
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const menuId = `snooze-${row.planId}-${row.period}`;
  const closeMenu = () => {
    setMenuOpen(false);
    snoozeButton.current?.focus();
  };
  return (
    <li class={`row${late ? ' row--late' : ''}${asking ? ' row--confirm' : ''}`}>
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
        {asking && <span class="chip chip--grace">{t('state.unconfirmed')}</span>}
        {row.debitFailed && late && <span class="chip chip--late">{t('row.debitFailed')}</span>}
        {row.autoRepay && <span class="chip chip--auto">{t('row.autoRepay', { account })}</span>}
      </div>
      {row.paid > 0 && (
        <div class="row__partly">
          {t('row.partly', { paid: formatMoney(row.paid, locale), remaining: formatMoney(row.remaining, locale) })}
        </div>
      )}
      {late && <ContactLine contact={row.contact} t={t} />}
      {asking ? (
        <div class="row__actions row__question">
          <span class="row__ask">{t('confirm.question')}</span>
          <button
            type="button"
            class="btn btn--primary"
            disabled={busy}
            aria-label={t('confirm.yesLabel', { plan: name, ...period })}
            onClick={() => actions.confirmDebit(row, true)}
          >
            {t('confirm.yes')}
          </button>
          <button
            type="button"
            class="btn"
            disabled={busy}
            aria-label={t('confirm.noLabel', { plan: name, ...period })}
            onClick={() => actions.confirmDebit(row, false)}
          >
            {t('confirm.no')}
          </button>
        </div>
      ) : (
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
          {/* No page takes this lender's repayment: the button says where, and opens the help that explains it. */}
          <button
            type="button"
            class="btn"
            aria-label={repayUrlOf(row) ? t('action.repayLabel', { plan: name }) : undefined}
            onClick={() => actions.repay(row)}
          >
            {repayUrlOf(row) ? t('action.repay') : t(`repayWhere.${row.lender.kind}`)}
          </button>
          {late ? (
            <button
              type="button"
              class="btn btn--quiet"
              aria-label={t('action.helpLabel', { plan: name, ...period })}
              onClick={() => actions.help(row)}
            >
              {t('action.help')}
            </button>
          ) : null}
          <button
            ref={snoozeButton}
            type="button"
            class="btn btn--quiet"
            disabled={busy}
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? menuId : undefined}
            aria-label={t('action.snoozeLabel', { plan: name, ...period })}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('action.snooze')}
          </button>
        </div>
      )}
      {menuOpen && SnoozeMenu && (
        <SnoozeMenu
          id={menuId}
          row={row}
          now={actions.now}
          reminderHour={actions.reminderHour}
          locale={locale}
          onChoose={(until, confirmation) => {
            closeMenu();
            actions.snooze(row, until, confirmation);
          }}
          onClose={closeMenu}
        />
      )}
    </li>
  );
}
