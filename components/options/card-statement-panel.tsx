import { type CardPlan, minimumPaymentCost, nextStatementDates, statementOf } from '../../lib/core/card-statement';
import type { IsoDate } from '../../lib/core/dates';
import { useTexts } from './texts';
import { routeHref } from './use-hash-route';

/**
 * A card statement on its plan page: its dates and minimum, what paying only the minimum would cost (while
 * nothing is paid yet), and next month's statement to enter once it is out.
 */
export function CardStatementPanel({ plan, followed, today }: { plan: CardPlan; followed: boolean; today: IsoDate }) {
  const { t, money, date, percent } = useTexts();
  const cost = minimumPaymentCost(statementOf(plan));
  const next = nextStatementDates(plan);
  const unpaid = plan.payments.length === 0;
  const breakdown =
    plan.card.basis === 'whole'
      ? t('card.breakdown.whole', {
          amount: money(plan.principal),
          rate: percent(plan.card.dailyRate, 3),
          daysToDue: cost.daysToDue,
          unpaid: money(cost.unpaid),
          daysAfterDue: cost.daysAfterDue,
          next: date(cost.nextStatementDate),
        })
      : t('card.breakdown.unpaid', {
          unpaid: money(cost.unpaid),
          rate: percent(plan.card.dailyRate, 3),
          days: cost.daysToDue + cost.daysAfterDue,
          next: date(cost.nextStatementDate),
        });
  return (
    <section class="panel" aria-labelledby="card-statement-heading" data-card-statement>
      <h2 id="card-statement-heading">{t('cardPlan.heading')}</h2>
      <p>{t('cardPlan.dates', { statementDate: date(plan.card.statementDate), dueDate: date(plan.firstDueDate) })}</p>
      <p>
        {t('cardPlan.minimum', { minimum: money(plan.card.minimum) })} · {t('cardPlan.paidInFull')}
      </p>
      {unpaid && plan.card.minimum < plan.principal && (
        <>
          <p class="planning-result" data-figure="minimum-cost">
            <strong>{t('cardPlan.estimate', { amount: money(cost.interest) })}</strong>
          </p>
          <p class="muted">{breakdown}</p>
        </>
      )}
      {!followed && (
        <p>
          {next.statementDate <= today && <span data-awaiting>{t('cardPlan.awaiting', { date: date(next.statementDate) })} </span>}
          <a class="button" href={routeHref({ name: 'next', id: plan.id })}>
            {t('cardPlan.enterNext')}
          </a>
        </p>
      )}
    </section>
  );
}
