import { useEffect, useRef } from 'preact/hooks';
import type { AgendaRow } from '../../lib/core/agenda';
import { accountLabel, planLabel } from '../../lib/core/labels';
import { repayUrlOf } from '../../lib/core/lenders';
import type { PopupMoreT, PopupT } from '../../lib/i18n/popup';
import { contactLinks } from './contact-line';

interface Props {
  row: AgendaRow;
  t: PopupT;
  /** This part's own words, loaded with it. */
  x: PopupMoreT;
  reminderHour: number;
  /** Whether a reminder comes daily until it is paid (always after a failed debit; else per the settings). */
  nagging: boolean;
  onRepay: (row: AgendaRow) => void;
  onChecklist: (row: AgendaRow) => void;
  onClose: () => void;
}

/**
 * What to do about a late installment, above all one whose automatic debit failed: what to check, repay
 * now, the lender's customer service, and the daily reminder until it is paid. Loaded when first shown.
 */
export function LateHelp({ row, t, x, reminderHour, nagging, onRepay, onChecklist, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row]);
  const plan = planLabel(row, t);
  const account = accountLabel(row.paymentMethod, t);
  const contact = contactLinks(row.contact, t);
  return (
    <section class="late-help" aria-labelledby="late-help-title">
      <h2 id="late-help-title" ref={heading} tabIndex={-1}>
        {x(row.debitFailed ? 'debit.title' : 'late.title', { plan, period: row.period })}
      </h2>
      <p>{x('debit.check')}</p>
      <ul>
        <li>{x('debit.balance', { account })}</li>
        <li>{x('debit.limit')}</li>
        <li>{x('debit.expired')}</li>
      </ul>
      <p>{x('debit.repayNow')}</p>
      {contact.length > 0 ? (
        <p class="contact">
          {contact.map((link) => (
            <a key={link.href} href={link.href} {...(link.external && { target: '_blank', rel: 'noreferrer' })}>
              {link.text}
            </a>
          ))}
        </p>
      ) : (
        <p>{x('contact.none')}</p>
      )}
      {nagging && <p>{x('debit.daily', { hour: reminderHour })}</p>}
      <div class="row__actions">
        <button type="button" class="btn btn--primary" onClick={() => onRepay(row)}>
          {repayUrlOf(row) ? t('action.repay') : t(`repayWhere.${row.lender.kind}`)}
        </button>
        <button type="button" class="btn" onClick={() => onChecklist(row)}>
          {x('debit.checklist')}
        </button>
        <button type="button" class="btn btn--quiet" onClick={onClose}>
          {x('debit.close')}
        </button>
      </div>
    </section>
  );
}
