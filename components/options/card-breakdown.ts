import type { CardStatement, MinimumPaymentCost } from '../../lib/core/card-statement';
import type { Texts } from './texts';

/** The working of a minimum-payment estimate in words (the calculator's and a stored statement's alike). */
export function costBreakdown({ t, money, percent, date }: Texts, statement: CardStatement, cost: MinimumPaymentCost): string {
  const rate = percent(statement.dailyRate, 3);
  const next = date(cost.nextStatementDate);
  return statement.basis === 'whole'
    ? t('card.breakdown.whole', {
        amount: money(statement.amount),
        unpaid: money(cost.unpaid),
        rate,
        daysToDue: cost.daysToDue,
        daysAfterDue: cost.daysAfterDue,
        next,
      })
    : t('card.breakdown.unpaid', { unpaid: money(cost.unpaid), rate, days: cost.daysToDue + cost.daysAfterDue, next });
}
