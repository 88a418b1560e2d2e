import type { FunctionComponent } from 'preact';
import type { AgendaRow } from '../../lib/core/agenda';
import { daysBetween } from '../../lib/core/day-numbers';
import { awaitsDebit, isLate } from '../../lib/core/installment-state';
import { accountLabel, planLabel } from '../../lib/core/labels';
import { formatMoney } from '../../lib/core/money-format';
import { repayUrlOf } from '../../lib/core/repay-url';
import { formatDate, formatRelativeDays } from '../../lib/i18n/format';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';
import { ContactLine } from './contact-line';
import type { SnoozeMenu } from './snooze-menu';

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

/** The snooze menu, loaded with its words on first need (./lazy-part.ts). */
export type SnoozePart = FunctionComponent<Omit<Parameters<typeof SnoozeMenu>[0], 'x'>>;

/** The list's one snooze menu: which row has it open is the list's state, not each row's. */
export interface RowMenu {
  /** Opens this row's menu under `toggle`, or closes it when open. */
  toggle: (row: AgendaRow, toggle: HTMLElement) => void;
  /** Closes the open menu and gives the focus back to its toggle. */
  close: () => void;
  /** Null until its code has arrived. */
  Part: SnoozePart | null;
}

export const rowKey = (row: Pick<AgendaRow, 'planId' | 'period'>) => `${row.planId}:${row.period}`;

interface Props {
  row: AgendaRow;
  today: string;
  locale: Locale;
  t: PopupT;
  actions: RowActions;
  busy: boolean;
  menuOpen: boolean;
  menu: RowMenu;
}

/**
 * One installment: who, which period, how much, when, how it will be paid, and what to do now. A plain
 * function returning the row, not a component: it keeps no state (the list holds which menu is open), and
 * 50–90 component instances were a good part of the time between storage answering and the rows drawn.
 */
export function paymentRow({ row, today, locale, t, actions, busy, menuOpen, menu }: Props) {
  const name = planLabel(row, t);
  const period = { period: row.period, periods: row.periods };
  const days = daysBetween(today, row.dueDate);
  const late = isLate(row);
  const asking = awaitsDebit(row);
  const menuId = `snooze-${row.planId}-${row.period}`;
  const repayUrl = repayUrlOf(row);
  const { Part: SnoozeMenu } = menu;
  return (
    <li key={rowKey(row)} class={`row${late ? ' row--late' : ''}${asking ? ' row--confirm' : ''}`}>
      <div class="row__top">
        <span class="row__name">{name}</span>
        <span class="row__amount">{formatMoney(row.remaining, locale)}</span>
      </div>
      <div class="row__meta">
        <span>{t('row.period', period)}</span>
        <time dateTime={row.dueDate}>{`${formatDate(row.dueDate, locale)} ${formatRelativeDays(days, locale)}`}</time>
        {row.state === 'overdue' && <span class="chip chip--late">{t('row.lateDays', { count: row.daysLate })}</span>}
        {row.state === 'in-grace' && <span class="chip chip--grace">{t('row.inGrace')}</span>}
        {asking && <span class="chip chip--grace">{t('state.unconfirmed')}</span>}
        {row.debitFailed && late && <span class="chip chip--late">{t('row.debitFailed')}</span>}
        {row.autoRepay && <span class="chip chip--auto">{t('row.autoRepay', { account: accountLabel(row.paymentMethod, t) })}</span>}
      </div>
      {row.paid > 0 && (
        <div class="row__partly">
          {t('row.partly', { paid: formatMoney(row.paid, locale), remaining: formatMoney(row.remaining, locale) })}
        </div>
      )}
      {/* Called, not mounted: a component per late row was work before the rows, and it keeps no state. */}
      {late && ContactLine({ contact: row.contact, t })}
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
            aria-label={repayUrl ? t('action.repayLabel', { plan: name }) : undefined}
            onClick={() => actions.repay(row)}
          >
            {repayUrl ? t('action.repay') : t(`repayWhere.${row.lender.kind}`)}
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
            type="button"
            class="btn btn--quiet"
            disabled={busy}
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? menuId : undefined}
            aria-label={t('action.snoozeLabel', { plan: name, ...period })}
            onClick={(event) => menu.toggle(row, event.currentTarget)}
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
            menu.close();
            actions.snooze(row, until, confirmation);
          }}
          onClose={menu.close}
        />
      )}
    </li>
  );
}
