import type { LenderKind, Plan } from './schemas';

// Apart from ./lenders.ts (which re-exports it) so that the popup's first load carries no more of the lenders' defaults than it uses.

/**
 * Where each lender's repayment happens when the plan names no page of its own: the lender's own site,
 * or none when it is repaid only in an app or at a bank the plan does not name (the popup then says
 * where to repay instead of opening a site that cannot take the payment).
 */
export const DEFAULT_REPAY_URLS: Record<LenderKind, string> = {
  xiaomi: 'https://jr.mi.com/',
  // 花呗 is repaid in the 支付宝 App (我的 → 花呗 → 还款); alipay.com's front page takes no repayment.
  huabei: '',
  baitiao: 'https://baitiao.jd.com/',
  fenqile: 'https://www.fenqile.com/',
  card: '',
  other: '',
};

/** The page "Repay now" opens: the plan's own, else its lender's; null when neither is known. */
export function repayUrlOf(plan: Pick<Plan, 'repayUrl' | 'lender'>): string | null {
  return plan.repayUrl || DEFAULT_REPAY_URLS[plan.lender.kind] || null;
}
