import { type CardPlan, minimumPaymentCost, nextStatementDates, statementOf } from '../../lib/core/card-statement';
import type { IsoDate } from '../../lib/core/dates';
import { costBreakdown } from './card-breakdown';
import { useTexts } from './texts';
import { routeHref } from './use-hash-route';

/**
 * A card statement on its plan page: its dates and minimum, what paying only the minimum would cost (while
 * nothing is paid yet), and next month's statement to enter once it is out.
 */
export function CardStatementPanel({ plan, followed, today }: { plan: CardPlan; followed: boolean; today: IsoDate }) {
  const texts = useTexts();
  const { t, money, date } = texts;
  const statement = statementOf(plan);
  const cost = minimumPaymentCost(statement);
  const next = nextStatementDates(plan);
  const unpaid = plan.payments.length === 0;
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
            <strong>{t('card.result', { amount: money(cost.interest) })}</strong>
          </p>
          <p class="muted">{costBreakdown(texts, statement, cost)}</p>
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
