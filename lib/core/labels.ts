import type { LenderKind, PaymentMethod, Plan } from './schemas';

/** The names of lender and account kinds in the user's language (lib/i18n's names catalogue). */
export type KindNames = (key: `lender.${LenderKind}` | `payment.${PaymentMethod['kind']}`) => string;

/** The lender as the user knows it: their own name for it, else the kind's name. */
export function lenderLabel(lender: Plan['lender'], names: KindNames): string {
  return lender.name || names(`lender.${lender.kind}`);
}

/** The account an automatic repayment comes from: the user's label ("招行 ****1234"), else the kind's name. */
export function accountLabel(paymentMethod: PaymentMethod, names: KindNames): string {
  return paymentMethod.label || names(`payment.${paymentMethod.kind}`);
}

/** A plan as reminders and the popup name it: "小米分期 · Redmi K80". */
export function planLabel(plan: Pick<Plan, 'lender' | 'title'>, names: KindNames): string {
  return `${lenderLabel(plan.lender, names)} · ${plan.title}`;
}
