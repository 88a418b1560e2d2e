import { useMemo, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import type { Plan } from '../../lib/core/schemas';
import type { Readable } from '../../lib/storage/values';
import { CashflowSection } from './cashflow-section';
import { PlanList } from './plan-list';
import { countByFilter, inFilter, planRows, searchIndex, searchRows } from './plan-rows';
import { FIRST_PLANS_VIEW, PlansFinder, type PlansView, type PlansViewState, SEARCH_ID } from './plans-finder';
import type { PlansPreview } from './plans-preview';
import { PortfolioStrip, portfolioOfRows } from './portfolio-strip';
import { useTexts } from './texts';
import './plans-page.css';

/**
 * `view`, the search and filter, may be kept by the caller so that they outlive a visit to a plan.
 * `plans` null: not read yet, and `preview`, the first screenful, is shown meanwhile.
 */
export function PlansPage({
  plans,
  today,
  view,
  preview,
}: {
  plans: Readable<Plan[]> | null;
  today: IsoDate;
  view?: PlansViewState;
  preview?: PlansPreview;
}) {
  const { t } = useTexts();
  const own = useState(FIRST_PLANS_VIEW);
  const [current, setView] = view ?? own;
  if (plans === null && !preview) return null;
  if (plans && !plans.ok) {
    return (
      <section aria-labelledby="plans-heading">
        <h1 id="plans-heading" tabIndex={-1}>
          {t('plans.heading')}
        </h1>
        <p>{t('plans.unreadable')}</p>
      </section>
    );
  }
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
      {plans === null ? (
        <PlansOverview plans={null} preview={preview} today={today} view={current} setView={setView} />
      ) : plans.value.length === 0 ? (
        <div class="empty">
          <p>{t('plans.empty')}</p>
          <p class="muted">{t('plans.emptyImport')}</p>
        </div>
      ) : (
        <PlansOverview plans={plans.value} today={today} view={current} setView={setView} />
      )}
    </section>
  );
}

/**
 * Figures once per data change; a keystroke only searches the index and filters. Without `plans` (not
 * read yet), the preview's first screenful in the same places, so that the full list takes them over.
 */
function PlansOverview({
  plans,
  preview,
  today,
  view,
  setView,
}: {
  plans: readonly Plan[] | null;
  preview?: PlansPreview;
  today: IsoDate;
  view: PlansView;
  setView: PlansViewState[1];
}) {
  const { t, c } = useTexts();
  const rows = useMemo(() => (plans ? planRows(plans, today) : (preview?.rows ?? [])), [plans, preview, today]);
  const portfolio = useMemo(() => (plans || !preview ? portfolioOfRows(rows, today) : preview.portfolio), [plans, preview, rows, today]);
  const totals = useMemo(() => (plans ? countByFilter(rows) : null), [plans, rows]);
  // The search index is built when a search starts, not on the way to the first render.
  const searching = plans !== null && view.query.trim() !== '';
  const index = useMemo(() => (searching ? searchIndex(rows, c) : null), [rows, c, searching]);
  const found = useMemo(() => (index ? searchRows(rows, index, view.query) : rows), [rows, index, view.query]);
  const counts = useMemo(() => (totals && found !== rows ? countByFilter(found) : totals), [found, rows, totals]);
  const listed = useMemo(() => (plans ? found.filter((row) => inFilter(row, view.filter)) : rows), [plans, found, rows, view.filter]);
  const clearSearch = () => {
    const input = document.getElementById(SEARCH_ID) as HTMLInputElement | null;
    if (input) input.value = '';
    setView((previous) => ({ ...previous, query: '' }));
    input?.focus();
  };
  return (
    <>
      <PortfolioStrip figures={portfolio} />
      <PlansFinder view={view} setView={setView} counts={counts} listed={listed.length} total={totals?.[view.filter] ?? 0} />
      {listed.length > 0 ? (
        <PlanList rows={listed} today={today} limit={view.shown} setLimit={(shown) => setView((previous) => ({ ...previous, shown }))} />
      ) : (
        <div class="empty">
          <p>{t('plans.noMatch')}</p>
          {view.query && (
            <button type="button" class="button" onClick={clearSearch}>
              {t('plans.clearSearch')}
            </button>
          )}
        </div>
      )}
      {plans && <CashflowSection plans={plans} today={today} />}
    </>
  );
}
