import { LENDER_KINDS } from './kinds';
import { DEFAULT_REPAY_URLS } from './repay-url';
import type { LenderKind, Plan, PlanContact } from './schemas';

export { DEFAULT_REPAY_URLS, repayUrlOf } from './repay-url';

/** Prefilled in the plan editor: only Xiaomi's page is certain to be where its plans are repaid. */
export const prefilledRepayUrl = (kind: LenderKind): string => (kind === 'xiaomi' ? DEFAULT_REPAY_URLS.xiaomi : '');
const PREFILLED = new Set(LENDER_KINDS.map(prefilledRepayUrl));

/** Whether `url` is a prefilled default rather than an address the user typed. */
export const isPrefilledRepayUrl = (url: string): boolean => PREFILLED.has(url);

/**
 * Customer service each lender publishes on its own site. Only the sites' addresses are prefilled:
 * the phone numbers could not be checked against the lenders' own pages when this was written, and a
 * wrong number in a repayment reminder is worse than none (the user adds the number from the app).
 * Sources: https://jr.mi.com/ (天星金融, formerly 小米金融), https://www.alipay.com/ (支付宝, which runs
 * 花呗), https://jr.jd.com/ (京东金融, which runs 白条), https://www.fenqile.com/ (分期乐).
 */
export const DEFAULT_CONTACTS: Record<LenderKind, PlanContact> = {
  xiaomi: { phone: '', url: 'https://jr.mi.com/' },
  huabei: { phone: '', url: 'https://www.alipay.com/' },
  baitiao: { phone: '', url: 'https://jr.jd.com/' },
  fenqile: { phone: '', url: 'https://www.fenqile.com/' },
  card: { phone: '', url: '' },
  other: { phone: '', url: '' },
};

/** The plan's customer service: what the user entered, else what its lender publishes (maybe nothing). */
export function contactOf(plan: Pick<Plan, 'contact' | 'lender'>): PlanContact {
  const own = plan.contact;
  return own && (own.phone || own.url) ? own : DEFAULT_CONTACTS[plan.lender.kind];
}
