import { metaKey, planKey, STORAGE_KEYS } from './keys';

// The plans read raw, for the popup's hand-written checks (./plan-checks.ts `plansIfPlain`): by its
// prefetch (./popup-prefetch.ts, which re-exports this) and by its computation from the plans when it
// has no current prefetch. A module of its own so that the popup's first load, which takes the prefetch
// but never starts it, does not carry it.

const { plans } = STORAGE_KEYS;
/** The plans' index and its version stamp. */
export const PLAN_INDEX_KEYS: string[] = [plans, metaKey(plans)];

/**
 * The plans as stored: a read holding the index (with its stamp), and the items of every id the index lists,
 * asked for in parts at once (`getInParts`), so that each part can be taken in as it is answered.
 */
export interface RawPlans {
  index: Record<string, unknown>;
  /** Every item the index names is in one part (an item not stored is in none). */
  parts: Array<Promise<Record<string, unknown>>>;
}

export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Reads the plans in two round trips: the index, then every item it names (`plansOfIndex`, in parts at once). */
export async function readRawPlans(area: LocalArea): Promise<RawPlans> {
  return plansOfIndex(area, await area.get(PLAN_INDEX_KEYS));
}

/**
 * The plans of `index`, a read that included PLAN_INDEX_KEYS (other values it holds are ignored), asking
 * for every item the index names (`getInParts`): none when it names none (an index of anything but ids is
 * refused by the popup's checks whatever was read for it).
 */
export function plansOfIndex(area: LocalArea, index: Record<string, unknown>): RawPlans {
  const ids = index[plans];
  return { index, parts: getInParts(area, Array.isArray(ids) ? ids.map(planKey) : []) };
}

/** How many gets a read of the plans is split into. */
export const READ_PARTS = 4;

/**
 * `area.get(keys)`, as up to READ_PARTS gets made at once: in Chromium four gets of 50–250 plans each
 * were all answered in about 0.6–0.8 of the time one get of them all took (6 paired runs each at 200 and
 * 1,000 plans; the browser works on one while the page takes in another), and the popup checks each part
 * while the next is on its way. Not one atomic read, which the index read before it was not either: each
 * plan is one item, and a change heard meanwhile reads again. A part that fails is the taker's to handle.
 */
export function getInParts(area: LocalArea, keys: string[]): Array<Promise<Record<string, unknown>>> {
  // Every READ_PARTS-th key from each of the first ones: no get for nothing (none at all for no keys).
  return Array.from({ length: Math.min(READ_PARTS, keys.length) }, (_, part) => {
    const read = area.get(keys.filter((_, at) => at % READ_PARTS === part));
    // A read never taken (the popup closed first) must not be reported as unhandled.
    read.catch(() => {});
    return read;
  });
}
