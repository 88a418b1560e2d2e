import { useMemo } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { isOpen } from '../../lib/core/status';
import { type DueItem, summarizePortfolio } from '../../lib/core/summary';
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

/** Across every active plan: what is left, what this month asks for, and anything late. */
export function PortfolioStrip({ rows, today }: { rows: readonly PlanRow[]; today: IsoDate }) {
  const { t, money } = useTexts();
  const { items, summary } = useMemo(() => {
    const open = openItems(rows);
    return { items: open, summary: summarizePortfolio(open, today) };
  }, [rows, today]);
  if (items.length === 0) return null;
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
