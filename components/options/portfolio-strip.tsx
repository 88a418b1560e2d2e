import type { IsoDate } from '../../lib/core/dates';
import { isOpen } from '../../lib/core/status';
import { type DueItem, summarizePortfolio } from '../../lib/core/summary';
import type { PortfolioFigures } from '../../lib/storage/plans-head';
import type { PlanRow } from './plan-rows';
import { useTexts } from './texts';

/** Every open installment of active plans, from the figures the list already has (sums do not need them sorted). */
function openItems(rows: readonly PlanRow[]): DueItem[] {
  const items: DueItem[] = [];
  for (const { plan, figures } of rows) {
    if (plan.archived || !figures) continue;
    for (const status of figures.statuses) if (isOpen(status)) items.push({ plan, status });
  }
  return items;
}

export function portfolioOfRows(rows: readonly PlanRow[], today: IsoDate): PortfolioFigures {
  const items = openItems(rows);
  const left = items.reduce((sum, { status }) => sum + status.remaining, 0);
  return { open: items.length, left, summary: summarizePortfolio(items, today) };
}

/** Across every active plan: what is left, what this month asks for, and anything late. */
export function PortfolioStrip({ figures: { open, left, summary } }: { figures: PortfolioFigures }) {
  const { t, money } = useTexts();
  if (open === 0) return null;
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
