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

/** A plan as reminders and the popup name it: "小米分期 · Redmi K80"; "花呗 AirPods" by 花呗 is "花呗 · AirPods", not "花呗 · 花呗 AirPods". */
export function planLabel(plan: Pick<Plan, 'lender' | 'title'>, names: KindNames): string {
  const lender = lenderLabel(plan.lender, names);
  return plan.title === lender ? lender : `${lender} · ${withoutLeadingName(plan.title, lender)}`;
}

/** The title without a leading lender name and the separator after it; as it was when the name runs on into a word. */
function withoutLeadingName(title: string, lender: string): string {
  if (!title.startsWith(lender)) return title;
  const rest = /^[\s·・:：\-–—|/]+(.+)$/.exec(title.slice(lender.length));
  return rest?.[1] ?? title;
}
