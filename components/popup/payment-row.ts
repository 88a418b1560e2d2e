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
import { contactLinks } from './contact-line';
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

export const rowKey = (row: Pick<AgendaRow, 'planId' | 'period'>) => `${row.planId}:${row.period}`;
export const rowClass = (row: AgendaRow) => `row${isLate(row) ? ' row--late' : ''}${awaitsDebit(row) ? ' row--confirm' : ''}`;

/** What a row's content is drawn from besides the row itself. */
export interface RowContext {
  today: string;
  locale: Locale;
  t: PopupT;
}

/** What a row button does; the list's one click listener reads it (./row-list.tsx). */
export type RowAct = 'paid' | 'repay' | 'help' | 'snooze' | 'yes' | 'no';
/** The buttons a row's pending command disables (repaying and the help stay open). */
export const BUSY_ACTS: readonly RowAct[] = ['paid', 'snooze', 'yes', 'no'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(act: RowAct, className: string, text: string, label?: string): HTMLButtonElement {
  const node = el('button', className, text);
  node.type = 'button';
  node.dataset.act = act;
  if (label) node.setAttribute('aria-label', label);
  return node;
}

/** The row's contact line: the same links as the late-payment help's (./contact-line.tsx). */
function contactLine(contact: AgendaRow['contact'], t: PopupT): HTMLElement | null {
  const links = contactLinks(contact, t);
  if (links.length === 0) return null;
  const line = el('p', 'contact');
  for (const link of links) {
    const anchor = el('a', undefined, link.text);
    anchor.href = link.href;
    if (link.external) {
      anchor.target = '_blank';
      anchor.rel = 'noreferrer';
    }
    line.append(anchor);
  }
  return line;
}

/**
 * One installment: who, which period, how much, when, how it will be paid, and what to do now. Built
 * with DOM calls, every text as textContent: the popup's first paint is 50–100 of these, and a virtual
 * DOM's diff of them cost several times the rows themselves (bench: popup rows in DOM). Which buttons
 * are busy and whether the snooze menu is open are set on the drawn row by ./row-list.tsx, which gives
 * the element to draw in (the row's <li> and its snooze menu are Preact's).
 */
export function drawRow(item: HTMLElement, row: AgendaRow, { today, locale, t }: RowContext): void {
  const name = planLabel(row, t);
  const period = { period: row.period, periods: row.periods };
  const late = isLate(row);
  const asking = awaitsDebit(row);

  const top = el('div', 'row__top');
  top.append(el('span', 'row__name', name), el('span', 'row__amount', formatMoney(row.remaining, locale)));
  const meta = el('div', 'row__meta');
  const due = el('time', undefined, `${formatDate(row.dueDate, locale)} ${formatRelativeDays(daysBetween(today, row.dueDate), locale)}`);
  due.dateTime = row.dueDate;
  meta.append(el('span', undefined, t('row.period', period)), due);
  if (row.state === 'overdue') meta.append(el('span', 'chip chip--late', t('row.lateDays', { count: row.daysLate })));
  if (row.state === 'in-grace') meta.append(el('span', 'chip chip--grace', t('row.inGrace')));
  if (asking) meta.append(el('span', 'chip chip--grace', t('state.unconfirmed')));
  if (row.debitFailed && late) meta.append(el('span', 'chip chip--late', t('row.debitFailed')));
  if (row.autoRepay) meta.append(el('span', 'chip chip--auto', t('row.autoRepay', { account: accountLabel(row.paymentMethod, t) })));
  item.replaceChildren(top, meta);
  if (row.paid > 0) {
    const partly = t('row.partly', { paid: formatMoney(row.paid, locale), remaining: formatMoney(row.remaining, locale) });
    item.append(el('div', 'row__partly', partly));
  }
  const contact = late ? contactLine(row.contact, t) : null;
  if (contact) item.append(contact);

  if (asking) {
    const question = el('div', 'row__actions row__question');
    question.append(
      el('span', 'row__ask', t('confirm.question')),
      button('yes', 'btn btn--primary', t('confirm.yes'), t('confirm.yesLabel', { plan: name, ...period })),
      button('no', 'btn', t('confirm.no'), t('confirm.noLabel', { plan: name, ...period })),
    );
    item.append(question);
    return;
  }
  const actions = el('div', 'row__actions');
  actions.append(button('paid', 'btn btn--primary', t('action.markPaid'), t('action.markPaidLabel', { plan: name, ...period })));
  // No page takes this lender's repayment: the button says where, and opens the help that explains it.
  const repayUrl = repayUrlOf(row);
  actions.append(
    repayUrl
      ? button('repay', 'btn', t('action.repay'), t('action.repayLabel', { plan: name }))
      : button('repay', 'btn', t(`repayWhere.${row.lender.kind}`)),
  );
  if (late) actions.append(button('help', 'btn btn--quiet', t('action.help'), t('action.helpLabel', { plan: name, ...period })));
  const snooze = button('snooze', 'btn btn--quiet', t('action.snooze'), t('action.snoozeLabel', { plan: name, ...period }));
  snooze.setAttribute('aria-expanded', 'false');
  actions.append(snooze);
  item.append(actions);
}
