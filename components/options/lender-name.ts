import type { Plan } from '../../lib/core/schemas';
import type { Texts } from './texts';

/** The lender as the user knows it: their own name for it, else the kind's name. */
export function lenderName({ c }: Pick<Texts, 'c'>, plan: Pick<Plan, 'lender'>): string {
  return plan.lender.name || c(`lender.${plan.lender.kind}`);
}
