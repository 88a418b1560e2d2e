import type { IsoDate } from '../core/dates';
import type { Plan } from '../core/schemas';
import { type InstallmentStatus, planStatus } from '../core/status';

// Each plan's installments, computed once per stored version of it and day: the plans' cache hands the
// same object back while a plan is unchanged, so a reconcile after one change builds one schedule.

const statuses = new WeakMap<Plan, { today: IsoDate; statuses: InstallmentStatus[] }>();

export function cachedPlanStatus(plan: Plan, today: IsoDate): InstallmentStatus[] {
  const hit = statuses.get(plan);
  if (hit?.today === today) return hit.statuses;
  const computed = planStatus(plan, today);
  statuses.set(plan, { today, statuses: computed });
  return computed;
}
