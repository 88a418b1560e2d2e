import { useEffect, useRef } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { PlanCard } from './plan-card';
import type { PlanRow } from './plan-rows';
import { PAGE_SIZE } from './plans-finder';
import { useTexts } from './texts';

/**
 * The first `limit` plans as a list, and a button for the next page: thousands of cards would take
 * seconds to build, and nobody reads them all without searching.
 */
export function PlanList({
  rows,
  today,
  limit,
  setLimit,
}: {
  rows: readonly PlanRow[];
  today: IsoDate;
  limit: number;
  setLimit(limit: number): void;
}) {
  const { t, count } = useTexts();
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  // After "show more", keyboard users continue at the first card it added.
  useEffect(() => {
    if (firstNew.current === null) return;
    list.current?.children[firstNew.current]?.querySelector<HTMLElement>('.card__header a')?.focus();
    firstNew.current = null;
  }, [limit]);
  const visible = rows.slice(0, limit);
  const left = rows.length - visible.length;
  return (
    <>
      <ul class="cards plan-list" aria-labelledby="plans-heading" ref={list}>
        {visible.map(({ plan }) => (
          <li key={plan.id}>
            <PlanCard plan={plan} today={today} writable />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          class="button plan-list__more"
          onClick={() => {
            firstNew.current = visible.length;
            setLimit(visible.length + PAGE_SIZE);
          }}
        >
          {t('plans.showMore', { count: count(Math.min(PAGE_SIZE, left)), left: count(left) })}
        </button>
      )}
    </>
  );
}
