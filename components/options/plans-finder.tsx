import type { Dispatch, StateUpdater } from 'preact/hooks';
import { PLAN_FILTERS, type PlanFilter } from './plan-rows';
import { useTexts } from './texts';

/**
 * How many cards the list shows at first, and adds with each "show more": a few screenfuls. Each card
 * costs its plan's figures and some forty elements, and the first ones are drawn before the other plans
 * are read (./plans-preview.ts); searching and the filters reach every plan.
 */
export const PAGE_SIZE = 20;
export const SEARCH_ID = 'plan-search';

export interface PlansView {
  query: string;
  filter: PlanFilter;
  /** How many of the matching plans are rendered. */
  shown: number;
}
export const FIRST_PLANS_VIEW: PlansView = { query: '', filter: 'all', shown: PAGE_SIZE };
export type PlansViewState = [PlansView, Dispatch<StateUpdater<PlansView>>];

interface FinderProps {
  view: PlansView;
  setView: PlansViewState[1];
  /** How many plans each filter holds among those the search finds; null while the plans are still being read. */
  counts: Record<PlanFilter, number> | null;
  listed: number;
  /** How many plans the chosen filter holds, whatever the search. */
  total: number;
}

/**
 * Search by title or lender, a filter, and how many plans that leaves. While the list shows only its
 * first screenful (./plans-preview.ts), searching and filtering wait, disabled, for the rest.
 */
export function PlansFinder({ view, setView, counts, listed, total }: FinderProps) {
  const { t, count } = useTexts();
  const loading = counts === null;
  const search = (query: string) => setView((previous) => ({ ...previous, query, shown: PAGE_SIZE }));
  return (
    <div class="finder">
      <div class="field finder__search">
        <label for={SEARCH_ID}>{t('plans.search')}</label>
        {/* Uncontrolled, so that a re-render cannot reset an IME composition; pinyin on its way is not searched. */}
        <input
          id={SEARCH_ID}
          type="search"
          defaultValue={view.query}
          placeholder={t('plans.searchHint')}
          autocomplete="off"
          disabled={loading}
          onInput={(event) => {
            if (!(event as InputEvent).isComposing) search(event.currentTarget.value);
          }}
          onCompositionEnd={(event) => search(event.currentTarget.value)}
        />
      </div>
      <fieldset class="finder__filters" disabled={loading}>
        <legend>{t('plans.filter')}</legend>
        {PLAN_FILTERS.map((filter) => (
          <label class="filter-chip" key={filter}>
            <input
              type="radio"
              name="plan-filter"
              value={filter}
              checked={view.filter === filter}
              onChange={() => setView((previous) => ({ ...previous, filter, shown: PAGE_SIZE }))}
            />
            {t(`plans.filter.${filter}`)} {counts && <span class="filter-chip__count">{count(counts[filter])}</span>}
          </label>
        ))}
      </fieldset>
      <p class="finder__count" aria-live="polite">
        {loading ? t('plans.loadingRest') : t('plans.count', { count: total, shown: count(listed), total: count(total) })}
      </p>
    </div>
  );
}
