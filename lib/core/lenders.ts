import { LENDER_KINDS } from './kinds';
import type { LenderKind, Plan } from './schemas';

/** Where each lender's repayment happens when the plan names no page of its own. */
export const DEFAULT_REPAY_URLS: Record<LenderKind, string> = {
  xiaomi: 'https://jr.mi.com/',
  huabei: 'https://www.alipay.com/',
  baitiao: 'https://baitiao.jd.com/',
  fenqile: 'https://www.fenqile.com/',
  card: '',
  other: '',
};

/** Prefilled in the plan editor: only Xiaomi's page is certain to be where its plans are repaid. */
export const prefilledRepayUrl = (kind: LenderKind): string => (kind === 'xiaomi' ? DEFAULT_REPAY_URLS.xiaomi : '');
const PREFILLED = new Set(LENDER_KINDS.map(prefilledRepayUrl));

/** Whether `url` is a prefilled default rather than an address the user typed. */
export const isPrefilledRepayUrl = (url: string): boolean => PREFILLED.has(url);

/** The page "Repay now" opens: the plan's own, else its lender's, else Xiaomi's (our first users). */
export function repayUrlOf(plan: Pick<Plan, 'repayUrl' | 'lender'>): string {
  return plan.repayUrl || DEFAULT_REPAY_URLS[plan.lender.kind] || DEFAULT_REPAY_URLS.xiaomi;
}
