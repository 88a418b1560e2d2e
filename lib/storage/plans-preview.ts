import type { AgendaRow } from '../core/agenda';
import type { AgendaSnapshot } from '../core/agenda-snapshot';
import { type IsoDate, isValidIsoDate } from '../core/dates';
import type { Plan, Settings } from '../core/schemas';
import { STORAGE_KEYS, VALUE_VERSIONS } from './keys';
import { cachedPlanItems } from './plan-cache';
import { readStamped, versionIn } from './reader';
import { PLAN_INDEX_SPEC, parseStored, SETTINGS_SPEC } from './values';

// The plans list's first screenful before every plan is read: a heavy user's 2,000 plans are 2 MB,
// half a second to read, while the background's agenda snapshot (../core/agenda-snapshot.ts) lists every
// open installment of the active plans that is late or due within 30 days. The list is ordered by next
// due date, then title (components/options/plan-rows.ts), so every plan in the agenda comes before every
// plan that is not, and the agenda orders them exactly: the first screenful is read by id alone. The
// full read follows at once and replaces it; whenever the agenda cannot vouch for the order (another
// day's, stamped with another version, or naming too few plans), there is no preview.

const titles = new Intl.Collator();

/** What the preview reads of the agenda snapshot. */
export type PreviewAgenda = Pick<AgendaSnapshot, 'today' | 'activePlans' | 'later' | 'summary'> & {
  rows: Array<Pick<AgendaRow, 'planId' | 'title' | 'dueDate' | 'remaining'>>;
};

/** The list's order: next due date (ISO dates order as plain strings), then title in the page's collation. */
export function compareByNextDue(aDue: IsoDate, aTitle: string, bDue: IsoDate, bTitle: string): number {
  return aDue < bDue ? -1 : aDue > bDue ? 1 : titles.compare(aTitle, bTitle);
}

/**
 * Each plan the agenda names, with its next due date (its earliest open installment), in the list's order.
 * Complete only for the plans that have one within the agenda's reach.
 */
export function agendaOrder(agenda: Pick<PreviewAgenda, 'rows'>): Array<{ planId: string; nextDue: IsoDate; title: string }> {
  const plans = new Map<string, { planId: string; nextDue: IsoDate; title: string }>();
  for (const { planId, dueDate, title } of agenda.rows) {
    const seen = plans.get(planId);
    if (!seen) plans.set(planId, { planId, nextDue: dueDate, title });
    else if (dueDate < seen.nextDue) seen.nextDue = dueDate;
  }
  return [...plans.values()].sort((a, b) => compareByNextDue(a.nextDue, a.title, b.nextDue, b.title));
}

/**
 * The first `size` plans of the unfiltered list (all active plans), or null when the agenda cannot tell
 * them: it names fewer than `size` plans and some active plan has nothing in it.
 */
export function firstPlans(agenda: Pick<PreviewAgenda, 'rows' | 'activePlans'>, size: number): ReturnType<typeof agendaOrder> | null {
  const order = agendaOrder(agenda);
  if (order.length < size && order.length !== agenda.activePlans) return null;
  return order.slice(0, size);
}

export interface PlansPreview {
  today: IsoDate;
  /** The first plans of the unfiltered list, in its order, each as stored. */
  plans: Plan[];
  /** Each of those plans' next due date as the agenda has it: what their own figures must agree with. */
  nextDue: Map<string, IsoDate>;
  agenda: PreviewAgenda;
  settings: Settings;
}

// Only what the preview reads of the agenda, checked by hand (zod's agenda schema, or the popup's whole
// check, would add to the page's first load); the full read that follows validates every plan with zod.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isDate = (value: unknown) => typeof value === 'string' && isValidIsoDate(value);
const isAgendaRow = (row: unknown) =>
  isRecord(row) && typeof row.planId === 'string' && typeof row.title === 'string' && isDate(row.dueDate) && isCount(row.remaining);
const SUMS = ['dueWithin7Days', 'dueThisMonth', 'dueWithin30Days', 'overdueTotal', 'overdueCount', 'maxDaysLate', 'penaltyTotal'] as const;

/** The agenda's fields the preview uses: each row's plan, title, due date and amount left, the counts and the sums. */
export function isPreviewAgenda(value: unknown): value is PreviewAgenda {
  return (
    isRecord(value) &&
    isDate(value.today) &&
    isCount(value.activePlans) &&
    Array.isArray(value.rows) &&
    value.rows.every(isAgendaRow) &&
    isRecord(value.later) &&
    isCount(value.later.count) &&
    isCount(value.later.total) &&
    isRecord(value.summary) &&
    SUMS.every((key) => isCount((value.summary as Record<string, unknown>)[key]))
  );
}

/**
 * The first `size` plans of the list on `today`, read and validated one by one (and kept in the plan
 * cache, so the full read that follows does not read them again); null whenever anything is not as
 * the preview needs it, and the page then waits for the full read as before.
 */
export async function readPlansPreview(today: IsoDate, size: number): Promise<PlansPreview | null> {
  const { plans, agenda, settings } = STORAGE_KEYS;
  const raw = await readStamped([plans, agenda, settings]);
  // Nothing to migrate: a value at another version waits for the full read.
  if (versionIn(raw, plans) !== VALUE_VERSIONS.plans || versionIn(raw, agenda) !== VALUE_VERSIONS.agenda) return null;
  if (versionIn(raw, settings) !== VALUE_VERSIONS.settings) return null;
  const snapshot = raw[agenda];
  if (!isPreviewAgenda(snapshot) || snapshot.today !== today) return null;
  const index = parseStored(PLAN_INDEX_SPEC, raw[plans]);
  const stored = parseStored(SETTINGS_SPEC, raw[settings]);
  // A short list is read whole as quickly: nothing to gain.
  if (!index.ok || !stored.ok || index.value.length <= size) return null;
  const listed = firstPlans(snapshot, size);
  const known = new Set(index.value);
  if (!listed || listed.some(({ planId }) => !known.has(planId))) return null;
  const items = await cachedPlanItems(listed.map(({ planId }) => planId));
  const first: Plan[] = [];
  for (const { read, newer } of items.values()) {
    if (!read.ok || !read.value || read.value.archived || newer) return null;
    first.push(read.value);
  }
  const nextDue = new Map(listed.map(({ planId, nextDue: due }) => [planId, due]));
  return { today, plans: first, nextDue, agenda: snapshot, settings: stored.value };
}
