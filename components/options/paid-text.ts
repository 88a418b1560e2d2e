import { type PlanSummary, paidProgress } from '../../lib/core/summary';
import type { Texts } from './texts';

/** "已还 3/12 期", and how many periods ask for nothing when rounding cleared the balance early. */
export function paidText({ t }: Texts, summary: PlanSummary): string {
  const progress = paidProgress(summary);
  return progress.none > 0 ? t('plans.paidNothingDue', progress) : t('plans.paid', progress);
}
