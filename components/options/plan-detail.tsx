import { useState } from 'preact/hooks';
import { isCardStatement } from '../../lib/core/card-statement';
import type { IsoDate } from '../../lib/core/dates';
import { planFigures } from '../../lib/core/figures';
import { accountLabel, lenderLabel } from '../../lib/core/labels';
import { contactOf } from '../../lib/core/lenders';
import type { Plan } from '../../lib/core/schemas';
import { type InstallmentStatus, isOpen } from '../../lib/core/status';
import { send } from '../../lib/send';
import { CardStatementPanel } from './card-statement-panel';
import { paidText } from './paid-text';
import { PaymentForm } from './payment-form';
import { PaymentsList } from './payments-list';
import { PayoffPanel } from './payoff-panel';
import { RateFigures } from './rate-figures';
import { ScheduleTable } from './schedule-table';
import { useTexts } from './texts';
import { useToast } from './toast';
import { routeHref } from './use-hash-route';
import { ZeroLimitNote } from './zero-limit-note';

/** One plan: its schedule with each period's state, payments, and what can be done about them. */
/** `followed`: another statement follows this one (a card statement's next month's is entered). */
export function PlanDetail({ plan, today, followed = false }: { plan: Plan; today: IsoDate; followed?: boolean }) {
  const texts = useTexts();
  const { t, c, money } = texts;
  const toast = useToast();
  const [paying, setPaying] = useState<number | null>(null);
  const figures = planFigures(plan, today);
  const contact = contactOf(plan);

  const skip = async (status: InstallmentStatus, skipped: boolean) => {
    const result = await send('skipPeriod', { planId: plan.id, period: status.period, skipped });
    toast({ text: result.ok ? t(skipped ? 'detail.skipped' : 'detail.unskipped', { period: status.period }) : texts.error(result.error) });
  };
  const stateText = (status: InstallmentStatus) => {
    const name = c(`state.${status.state}`);
    if (status.state === 'overdue') return t('detail.overdue', { state: name, days: status.daysLate, penalty: money(status.penalty) });
    if (status.state === 'in-grace') return t('detail.inGrace', { state: name, days: status.daysLate });
    if (status.state === 'partly-paid') return t('detail.partly', { state: name, paid: money(status.paid) });
    return name;
  };

  return (
    <section aria-labelledby="detail-heading">
      <div class="page-header">
        <div>
          <h1 id="detail-heading" tabIndex={-1}>
            {plan.title}
          </h1>
          <p class="muted">
            {lenderLabel(plan.lender, c)} · {c(`method.${plan.method}`)}
            {plan.autoRepay ? ` · ${t('plans.autoRepay', { label: accountLabel(plan.paymentMethod, c) })}` : ''}
            {plan.archived ? ` · ${t('detail.archived')}` : ''}
          </p>
          {(contact.phone || contact.url) && (
            <p class="muted" data-contact>
              {contact.phone && (
                <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{t('detail.contactPhone', { phone: contact.phone })}</a>
              )}
              {contact.phone && contact.url && ' · '}
              {contact.url && (
                <a href={contact.url} target="_blank" rel="noopener noreferrer">
                  {t('detail.contactWeb')}
                </a>
              )}
            </p>
          )}
        </div>
        <div class="actions">
          {plan.repayUrl && (
            <a class="button button--primary" href={plan.repayUrl} target="_blank" rel="noopener noreferrer">
              {t('detail.repayNow')}
            </a>
          )}
          <a class="button" href={routeHref({ name: 'edit', id: plan.id })}>
            {t('plans.edit')}
          </a>
        </div>
      </div>
      {plan.lender.kind === 'xiaomi' && <ZeroLimitNote />}
      {!figures ? (
        <p class="alert alert--error">{t('plans.badTerms')}</p>
      ) : (
        <>
          <p data-figure="paid">
            {paidText(texts, figures.summary)} ·{' '}
            {t('detail.remaining', { principal: money(figures.summary.remainingPrincipal), total: money(figures.summary.remainingTotal) })}
          </p>
          {isCardStatement(plan) ? (
            <CardStatementPanel plan={plan} followed={followed} today={today} />
          ) : (
            <RateFigures
              rate={figures.rate}
              cost={figures.totals.interest}
              total={figures.totals.total}
              fee={plan.method === 'fee' ? plan.rate : undefined}
            />
          )}
          <ScheduleTable
            rows={figures.statuses}
            method={plan.method}
            caption={t('detail.schedule')}
            extra={{
              headers: [t('detail.state'), t('detail.actions')],
              cells: (status) => [
                <td key="state">{stateText(status)}</td>,
                <td key="actions">
                  <div class="row-actions">
                    {isOpen(status) && (
                      <button
                        type="button"
                        class="button button--small"
                        onClick={() => setPaying(status.period)}
                        aria-expanded={paying === status.period}
                        aria-label={t('detail.record', { period: status.period })}
                      >
                        {t('detail.recordShort')}
                      </button>
                    )}
                    {(isOpen(status) || status.state === 'skipped') && (
                      <button
                        type="button"
                        class="button button--small"
                        onClick={() => skip(status, status.state !== 'skipped')}
                        aria-label={
                          status.state === 'skipped'
                            ? t('detail.unskip', { period: status.period })
                            : t('detail.skip', { period: status.period })
                        }
                      >
                        {status.state === 'skipped' ? t('detail.unskipShort') : t('detail.skipShort')}
                      </button>
                    )}
                  </div>
                </td>,
              ],
            }}
          />
          {paying !== null && figures.statuses[paying - 1] && (
            <section class="panel" aria-labelledby="pay-heading">
              <h2 id="pay-heading">{t('detail.recordFor', { period: paying })}</h2>
              <PaymentForm
                key={paying}
                planId={plan.id}
                status={figures.statuses[paying - 1] as InstallmentStatus}
                today={today}
                onDone={() => setPaying(null)}
              />
            </section>
          )}
          <PaymentsList plan={plan} />
          {!isCardStatement(plan) && <PayoffPanel plan={plan} today={today} />}
        </>
      )}
    </section>
  );
}
