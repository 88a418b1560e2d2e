import type { IsoDate } from '../../lib/core/dates';
import { payoffQuote } from '../../lib/core/payoff';
import type { Plan } from '../../lib/core/schemas';
import { useTexts } from './texts';

/** What clearing the plan today would cost, against paying on schedule. */
export function PayoffPanel({ plan, today }: { plan: Plan; today: IsoDate }) {
  const { t, money } = useTexts();
  const quote = payoffQuote(plan, today);
  if (quote.onSchedule === 0) return null;
  return (
    <section class="panel" aria-labelledby="payoff-heading">
      <h2 id="payoff-heading">{t('payoff.heading')}</h2>
      <dl class="figures">
        <div>
          <dt>{t('payoff.amount')}</dt>
          <dd data-figure="payoff">{money(quote.amount)}</dd>
        </div>
        <div>
          <dt>{t('payoff.principal')}</dt>
          <dd>{money(quote.principal)}</dd>
        </div>
        <div>
          <dt>{plan.method === 'fee' ? t('payoff.fees') : t('payoff.interest')}</dt>
          <dd>{money(quote.charges)}</dd>
        </div>
        {quote.penalty > 0 && (
          <div>
            <dt>{t('payoff.penalty')}</dt>
            <dd>{money(quote.penalty)}</dd>
          </div>
        )}
        <div>
          <dt>{t('payoff.onSchedule')}</dt>
          <dd>{money(quote.onSchedule)}</dd>
        </div>
      </dl>
      <p>{quote.saving > 0 ? t('payoff.saving', { amount: money(quote.saving) }) : t('payoff.noSaving')}</p>
      <p class="muted">{t('payoff.caveat')}</p>
    </section>
  );
}
