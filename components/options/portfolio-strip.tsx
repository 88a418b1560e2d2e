import type { IsoDate } from '../../lib/core/dates';
import type { Plan } from '../../lib/core/schemas';
import { openInstallments, summarizePortfolio } from '../../lib/core/summary';
import { useTexts } from './texts';

/** Across every active plan: what is left, what this month asks for, and anything late. */
export function PortfolioStrip({ plans, today }: { plans: readonly Plan[]; today: IsoDate }) {
  const { t, money } = useTexts();
  const items = openInstallments(plans, today);
  if (items.length === 0) return null;
  const summary = summarizePortfolio(items, today);
  const left = items.reduce((sum, { status }) => sum + status.remaining, 0);
  return (
    <dl class="figures portfolio">
      <div>
        <dt>{t('portfolio.left')}</dt>
        <dd data-figure="portfolio-left">{money(left)}</dd>
      </div>
      <div>
        <dt>{t('portfolio.month')}</dt>
        <dd data-figure="portfolio-month">{money(summary.dueThisMonth)}</dd>
      </div>
      <div>
        <dt>{t('portfolio.days30')}</dt>
        <dd data-figure="portfolio-30">{money(summary.dueWithin30Days)}</dd>
      </div>
      {summary.overdueCount > 0 && (
        <div class="portfolio__late">
          <dt>{t('portfolio.late')}</dt>
          <dd data-figure="portfolio-late">
            {t('portfolio.lateValue', { count: summary.overdueCount, amount: money(summary.overdueTotal), days: summary.maxDaysLate })}
          </dd>
        </div>
      )}
    </dl>
  );
}
