import type { LenderKind } from './schemas';

export interface BillLender {
  lender: LenderKind;
  lenderName?: string;
}

/** A sender tag as it opens or closes a message: 【招商银行】, [京东金融], 〖分期乐〗. */
export const SENDER_TAG = /【([^【】\n]{1,20})】|\[([\u4e00-\u9fa5A-Za-z0-9·]{2,20})\]|〖([^〖〗\n]{1,20})〗/g;

// Products named in the text, checked before banks and tags: 【支付宝】 sends 花呗 and 借呗 alike.
const PRODUCTS: { pattern: RegExp; lender: BillLender | ((text: string) => BillLender) }[] = [
  { pattern: /白条/, lender: { lender: 'baitiao' } },
  { pattern: /花呗/, lender: { lender: 'huabei' } },
  { pattern: /分期乐/, lender: { lender: 'fenqile' } },
  { pattern: /小米分期|天星金融|小米金融|小米贷款|随星借/, lender: { lender: 'xiaomi' } },
  { pattern: /借呗/, lender: { lender: 'other', lenderName: '借呗' } },
  {
    pattern: /月付/,
    lender: (text) => ({ lender: 'other', lenderName: /抖音/.test(text) ? '抖音月付' : /美团/.test(text) ? '美团月付' : '月付' }),
  },
  { pattern: /放心借/, lender: { lender: 'other', lenderName: '抖音放心借' } },
  { pattern: /金条/, lender: { lender: 'other', lenderName: '京东金条' } },
  { pattern: /微粒贷/, lender: { lender: 'other', lenderName: '微粒贷' } },
  { pattern: /微信分付|分付(?=账单|本期|本月|待还|应还)/, lender: { lender: 'other', lenderName: '微信分付' } },
  { pattern: /拿去花/, lender: { lender: 'other', lenderName: '携程拿去花' } },
  { pattern: /有钱花/, lender: { lender: 'other', lenderName: '有钱花' } },
  { pattern: /安逸花/, lender: { lender: 'other', lenderName: '安逸花' } },
];

// Banks by the names their messages use (工银 and 龙卡 are ICBC's and CCB's card brands).
const BANKS: [RegExp, string][] = [
  [/招商银行|招行|掌上生活/, '招商银行'],
  [/工商银行|工行|工银/, '工商银行'],
  [/建设银行|建行|龙卡/, '建设银行'],
  [/中信银行|中信/, '中信银行'],
  [/广发银行|广发/, '广发银行'],
  [/交通银行|交行|买单吧/, '交通银行'],
  [/农业银行|农行/, '农业银行'],
  [/中国银行|中行信用卡/, '中国银行'],
  [/浦发银行|浦发/, '浦发银行'],
  [/民生银行/, '民生银行'],
  [/兴业银行/, '兴业银行'],
  [/光大银行/, '光大银行'],
  [/平安银行/, '平安银行'],
  [/华夏银行/, '华夏银行'],
  [/邮储银行|邮政储蓄/, '邮储银行'],
];
const TAG_BANK = /[\u4e00-\u9fa5]{2,8}银行/;
const TEXT_BANK = /([\u4e00-\u9fa5]{2,6}银行)信用卡/;
const BANK_LOAN = /贷款|借款|快贷|闪电贷|e招贷|融e借|信用贷/;

// Tags that name a platform rather than a product: the platform's main credit product.
const TAGS: [RegExp, BillLender][] = [
  [/京东/, { lender: 'baitiao' }],
  [/支付宝|蚂蚁/, { lender: 'huabei' }],
  [/乐信/, { lender: 'fenqile' }],
  [/小米/, { lender: 'xiaomi' }],
];
// Tags that say what a message is about, not who sent it.
const GENERIC_TAG = /^(?:温馨提示|提醒|还款提醒|重要提醒|通知|账单提醒|提示)$/;

function senderTag(text: string): string | undefined {
  for (const match of text.matchAll(SENDER_TAG)) {
    const tag = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (tag && !GENERIC_TAG.test(tag)) return tag;
  }
  return undefined;
}

function earliestProduct(text: string): BillLender | undefined {
  let best: { index: number; lender: BillLender } | undefined;
  for (const product of PRODUCTS) {
    const index = text.search(product.pattern);
    if (index < 0 || (best && best.index <= index)) continue;
    best = { index, lender: typeof product.lender === 'function' ? product.lender(text) : product.lender };
  }
  return best?.lender;
}

function bankName(text: string, tag: string | undefined): string | undefined {
  for (const [pattern, name] of BANKS) if (pattern.test(text)) return name;
  if (tag && TAG_BANK.test(tag)) return TAG_BANK.exec(tag)?.[0];
  // "您的浙商银行信用卡": the name starts after the last 的 or 您 in front of it.
  return TEXT_BANK.exec(text)?.[1]?.replace(/^.*[的您]/, '') || undefined;
}

/**
 * Who the bill is from: a credit card when a bank's card is named; else the product named first
 * (白条, 花呗, 借呗…); else a bank (its loans as `other`); else the sender tag.
 */
export function readLender(text: string): BillLender {
  const tag = senderTag(text);
  const bank = bankName(text, tag);
  if (bank && /信用卡|最低还款|最低应还/.test(text)) return { lender: 'card', lenderName: bank };
  const product = earliestProduct(text);
  if (product) return product;
  if (bank) return BANK_LOAN.test(text) ? { lender: 'other', lenderName: bank } : { lender: 'card', lenderName: bank };
  if (tag) for (const [pattern, lender] of TAGS) if (pattern.test(tag)) return lender;
  return tag ? { lender: 'other', lenderName: tag } : { lender: 'other' };
}
