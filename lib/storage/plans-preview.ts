import type { IsoDate } from '../core/dates';
import type { Plan, Settings } from '../core/schemas';
import { STORAGE_KEYS, VALUE_VERSIONS } from './keys';
import { cachedPlanItems } from './plan-cache';
import { firstPlans, isPlansHead, type PortfolioFigures } from './plans-head';
import { readStamped, versionIn } from './reader';
import { PLAN_INDEX_SPEC, parseStored, SETTINGS_SPEC } from './values';

// The plans list's first screenful before every plan is read: a heavy user's 2,000 plans are 2 MB,
// half a second to read. The background stores the list's head with its agenda (./plans-head.ts): a few
// KB, where the agenda itself is ~460 KB at 2,000 plans (90 ms of a cold page's first read). The first
// screenful is read from that head by id alone; the full read follows at once and replaces it. Whenever
// the head cannot vouch for the order (another day's, stamped with another version, or naming too few
// plans), there is no preview.

export interface PlansPreview {
  today: IsoDate;
  /** The first plans of the unfiltered list, in its order, each as stored. */
  plans: Plan[];
  /** Each of those plans' next due date as the agenda has it: what their own figures must agree with. */
  nextDue: Map<string, IsoDate>;
  portfolio: PortfolioFigures;
  settings: Settings;
}

/**
 * The first `size` plans of the list on `today`, read and validated one by one (and kept in the plan
 * cache, so the full read that follows does not read them again); null whenever anything is not as
 * the preview needs it, and the page then waits for the full read as before.
 */
export async function readPlansPreview(today: IsoDate, size: number): Promise<PlansPreview | null> {
  const { plans, plansHead, settings } = STORAGE_KEYS;
  const raw = await readStamped([plans, plansHead, settings]);
  // Nothing to migrate: a value at another version waits for the full read.
  if (versionIn(raw, plans) !== VALUE_VERSIONS.plans || versionIn(raw, plansHead) !== VALUE_VERSIONS.plansHead) return null;
  if (versionIn(raw, settings) !== VALUE_VERSIONS.settings) return null;
  const head = raw[plansHead];
  if (!isPlansHead(head) || head.today !== today) return null;
  const index = parseStored(PLAN_INDEX_SPEC, raw[plans]);
  const stored = parseStored(SETTINGS_SPEC, raw[settings]);
  // A short list is read whole as quickly: nothing to gain.
  if (!index.ok || !stored.ok || index.value.length <= size) return null;
  const listed = firstPlans(head, size);
  const known = new Set(index.value);
  if (!listed || listed.some(({ planId }) => !known.has(planId))) return null;
  const items = await cachedPlanItems(listed.map(({ planId }) => planId));
  const first: Plan[] = [];
  for (const { read, newer } of items.values()) {
    if (!read.ok || !read.value || read.value.archived || newer) return null;
    first.push(read.value);
  }
  const nextDue = new Map(listed.map(({ planId, nextDue: due }) => [planId, due]));
  return { today, plans: first, nextDue, portfolio: head.portfolio, settings: stored.value };
}
