import type { StoreAdapter } from './adapter';

// Every word of Xiaomi's pages the reader looks for. The generic reader (find-labels, containers,
// read-page, read-plan) takes these as data and knows no Chinese of its own beyond number notation.

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
  autoRepay: { on: /已开启|已开通|开启中|已签约/, off: /未开启|未开通|已关闭|去开通|开通/ },
  overdue: {
    status: /逾期\d+天|未逾期|无逾期/,
    late: /已逾期|逾期\d+天/,
    // 逾期金额 ¥0.00 is a zero, not a debt.
    notLate: /未逾期|无逾期|逾期(?:金额|本金)?:?¥?0(?:\.0{1,2})?(?![\d.])/,
    // 您有1笔账单已逾期3天 / 逾期 3 天.
    days: /逾期(\d{1,4})天/,
  },
  planRows: {
    // 应还 (what is due) wins over 本金 or 手续费 (parts of it) when a row shows several amounts.
    installment: /应还|月供|还款额|还款金额|合计|本期/,
    partOnly: /本金|手续费|利息|剩余|余额|罚|已还金额|优惠/,
    paid: /已还(?!金额|本金)|已结清|已支付|已完成/,
    unpaid: /未还|待还(?!金额)|未结清/,
    // 期数: 3/12 → 第3/12期.
    periodColumn: [/期[数次]\s*:?\s*(\d{1,3})(\s*\/\s*\d{1,3})?/, '第$1$2期'],
    // 本金, not 剩余本金 (the balance) or 已还本金.
    principal: /(?<!剩余|待还|已还)本金\s*:?\s*$/,
    charge: /(?:手续费|分期费|服务费|利息)\s*:?\s*$/,
  },
  order: {
    // 订单号：5201314000001 / 订单编号 5201314000001.
    number: /订单(?:号|编号)(?:码)?:?([A-Za-z0-9-]{6,40})/,
    product: /^商品(?:名称)? ?: ?(.{2,40})$/,
    // 自动还款：已开启（招商银行 储蓄卡 尾号1234） / 招商银行储蓄卡(1234).
    bank: /([\u4e00-\u9fff]{2,8}银行)/,
    tail: /(?:尾号|\*{2,4}|\()(\d{4})\)?/,
  },
};
