import type { PasteReading } from '../../lib/core/bill-paste';
import { useTexts } from './texts';

/** The bills a paste gave, each with its "check and add", and what was not taken as a bill, with why. */
export function PastedBillList({
  reading,
  added,
  onReview,
}: {
  reading: PasteReading;
  added: ReadonlySet<number>;
  onReview: (index: number) => void;
}) {
  const { t, money, date } = useTexts();
  const { bills, notUnderstood } = reading;
  return (
    <>
      <h2 id="paste-results" tabIndex={-1}>
        {bills.length > 0 ? t('paste.found', { count: bills.length }) : t('paste.foundNone')}
      </h2>
      <ol class="paste-bills">
        {bills.map(({ fact, proposal, message }, index) => (
          <li key={`${index}-${message}`} class="card" data-bill={index}>
            <h3 id={`paste-bill-${index}`}>{proposal.title}</h3>
            <p>
              {t('paste.due', { date: date(fact.dueDate), amount: money(fact.amountDue) })}
              {fact.period && fact.periods ? ` · ${t('schedule.periodOf', { period: fact.period, periods: fact.periods })}` : ''}
              {fact.minimumDue ? ` · ${t('paste.minimum', { amount: money(fact.minimumDue) })}` : ''}
            </p>
            <blockquote class="paste-message">{message}</blockquote>
            {added.has(index) ? (
              <p class="paste-added">{t('paste.added')}</p>
            ) : (
              <button type="button" class="button button--primary" aria-describedby={`paste-bill-${index}`} onClick={() => onReview(index)}>
                {t('paste.review')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {notUnderstood.length > 0 && (
        <section aria-labelledby="paste-skipped-heading">
          <h2 id="paste-skipped-heading">{t('paste.notUnderstood', { count: notUnderstood.length })}</h2>
          <p class="muted">{t('paste.notUnderstoodHint')}</p>
          <ul class="paste-skipped">
            {notUnderstood.map(({ message, reason }, index) => (
              <li key={`${index}-${message}`} class="card" data-reason={reason}>
                <p>
                  <strong>{t(`paste.reason.${reason}`)}</strong>
                </p>
                <blockquote class="paste-message">{message}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
