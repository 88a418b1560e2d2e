import type { IsoDate } from '../../lib/core/dates';
import { sortPlans } from '../../lib/core/figures';
import type { Plan } from '../../lib/core/schemas';
import type { Readable } from '../../lib/storage/values';
import { CashflowChart } from './cashflow-chart';
import { PlanCard } from './plan-card';
import { PortfolioStrip } from './portfolio-strip';
import { useTexts } from './texts';

export function PlansPage({ plans, today }: { plans: Readable<Plan[]>; today: IsoDate }) {
  const { t } = useTexts();
  if (!plans.ok) {
    return (
      <section aria-labelledby="plans-heading">
        <h1 id="plans-heading" tabIndex={-1}>
          {t('plans.heading')}
        </h1>
        <p>{t('plans.unreadable')}</p>
      </section>
    );
  }
  const { active, archived } = sortPlans(plans.value, today);
  return (
    <section aria-labelledby="plans-heading">
      <div class="page-header">
        <h1 id="plans-heading" tabIndex={-1}>
          {t('plans.heading')}
        </h1>
        <a class="button button--primary" href="#new">
          {t('plans.add')}
        </a>
      </div>
      {plans.value.length === 0 ? (
        <div class="empty">
          <p>{t('plans.empty')}</p>
          <p class="muted">{t('plans.emptyImport')}</p>
        </div>
      ) : (
        <>
          <PortfolioStrip plans={plans.value} today={today} />
          <div class="cards">
            {active.map((plan) => (
              <PlanCard key={plan.id} plan={plan} today={today} writable />
            ))}
          </div>
          <section aria-labelledby="cashflow-heading" class="panel">
            <h2 id="cashflow-heading">{t('cashflow.heading')}</h2>
            <CashflowChart plans={plans.value} today={today} />
          </section>
          {archived.length > 0 && (
            <details class="archived">
              <summary>{t('plans.archived', { count: archived.length })}</summary>
              <div class="cards">
                {archived.map((plan) => (
                  <PlanCard key={plan.id} plan={plan} today={today} writable />
                ))}
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}
