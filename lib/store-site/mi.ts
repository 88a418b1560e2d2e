import type { StoreAdapter } from './adapter';

/** Xiaomi's store and finance pages (www.mi.com, jr.mi.com, 小米分期 / 天星金融 H5 pages). */
export const XIAOMI_MATCHES = ['*://*.mi.com/*', '*://mi.com/*'];

export const miAdapter: StoreAdapter = {
  id: 'mi',
  lenderKind: 'xiaomi',
  nameKey: 'lender.xiaomi',
  matches: XIAOMI_MATCHES,
  labels: [
    { text: '立即还款', kind: 'action' },
    { text: '提前还款', kind: 'action' },
    { text: '去还款', kind: 'action' },
    { text: '还款计划', kind: 'plan' },
    { text: '还款明细', kind: 'plan' },
    { text: '分期明细', kind: 'plan' },
    { text: '本期应还', kind: 'field', role: 'dueAmount' },
    { text: '本月应还', kind: 'field', role: 'dueAmount' },
    { text: '待还金额', kind: 'field', role: 'dueAmount' },
    { text: '最后还款日', kind: 'field', role: 'dueDate' },
    { text: '逾期', kind: 'field', role: 'overdue' },
    { text: '自动还款', kind: 'field', role: 'autoRepay' },
    { text: '小米分期', kind: 'label' },
  ],
  zeroLimit: [
    // 可用额度 0 / 额度为0 / 剩余额度：¥0.00 — but not 已用额度 0 (nothing used) or 冻结额度.
    /(?<!已用|冻结|总)额度(?:为|是|:)?¥?0(?:\.0{1,2})?元?(?![\d.])/,
    /(?<![\d.,])¥?0(?:\.0{1,2})?元?可用/,
  ],
  zeroLimitProbe: ['额度', '可用'],
  autoRepayOn: /已开启|已开通|开启中|已签约/,
};
