import type { IsoDate } from '../../lib/core/dates';
import { payoffQuote, remainingCost, savingKind } from '../../lib/core/payoff';
import type { Plan } from '../../lib/core/schemas';
import { useTexts } from './texts';

const SAVING_TEXT = {
  'waived-fees': 'payoff.savingWaived',
  interest: 'payoff.savingInterest',
  'interest-free': 'payoff.saving',
  'fees-kept': 'payoff.saving',
} as const;

/** What clearing the plan today would cost, against paying on schedule, and what keeping it costs a year. */
export function PayoffPanel({ plan, today }: { plan: Plan; today: IsoDate }) {
  const { t, money, percent } = useTexts();
  const quote = payoffQuote(plan, today);
  if (quote.onSchedule === 0) return null;
  const kind = savingKind(plan);
  const cost = remainingCost(plan, today);
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
        {cost && (
          <div>
            <dt>{t('payoff.remainingRate')}</dt>
            <dd data-figure="remaining-rate" aria-describedby="payoff-rate-hint">
              {percent(cost.rate.nominal)}
            </dd>
          </div>
        )}
      </dl>
      <p data-figure="saving">
        {quote.saving > 0
          ? t(SAVING_TEXT[kind], { amount: money(quote.saving) })
          : kind === 'fees-kept'
            ? t('payoff.noFeeSaving')
            : t('payoff.noSaving')}
      </p>
      {cost && (
        <p class="muted" id="payoff-rate-hint">
          {t('payoff.remainingRateHint')}
        </p>
      )}
      <p class="muted">{t('payoff.caveat')}</p>
    </section>
  );
}
