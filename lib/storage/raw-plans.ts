import { metaKey, planKey, STORAGE_KEYS } from './keys';

// The plans read raw, for the popup's hand-written checks (./plan-checks.ts `plansIfPlain`): by its
// prefetch (./popup-prefetch.ts, which re-exports this) and by its computation from the plans when it
// has no current prefetch. A module of its own so that the popup's first load, which takes the prefetch
// but never starts it, does not carry it.

const { plans } = STORAGE_KEYS;
/** The plans' index and its version stamp. */
export const PLAN_INDEX_KEYS: string[] = [plans, metaKey(plans)];

/** The plans as stored: a read holding the index (with its stamp), and the item of every id the index lists. */
export interface RawPlans {
  index: Record<string, unknown>;
  items: Record<string, unknown>;
}

export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Reads the plans in two round trips: the index, then every item it names (`plansOfIndex`). */
export async function readRawPlans(area: LocalArea): Promise<RawPlans> {
  return plansOfIndex(area, await area.get(PLAN_INDEX_KEYS));
}

/**
 * The plans of `index`, a read that included PLAN_INDEX_KEYS (other values it holds are ignored), reading
 * every item the index names: none when it names none (an index of anything but ids is refused by the
 * popup's checks whatever was read for it).
 */
export async function plansOfIndex(area: LocalArea, index: Record<string, unknown>): Promise<RawPlans> {
  const ids = index[plans];
  const keys = Array.isArray(ids) ? ids.map(planKey) : [];
  return { index, items: keys.length > 0 ? await area.get(keys) : {} };
}
