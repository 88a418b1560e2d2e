import type { IsoDate } from './dates';
import { buildSchedule, type Installment } from './schedule';
import { type InstallmentStatus, statusOfSchedule } from './schedule-status';
import type { Plan } from './schemas';

// The computation is ./schedule-status.ts (zod-free, for the popup); here, the plan's own schedule by default.
export { type InstallmentStatus, isOpen } from './schedule-status';

/** Every installment of `plan` as it stands on `today` (the lender's date). */
export function planStatus(plan: Plan, today: IsoDate, schedule: Installment[] = buildSchedule(plan)): InstallmentStatus[] {
  return statusOfSchedule(plan, today, schedule);
}
