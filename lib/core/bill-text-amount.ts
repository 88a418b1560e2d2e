import { type Fen, parseYuan } from './money';

export interface BillAmounts {
  amountDue?: Fen;
  minimumDue?: Fen;
}

// Labels, strongest claim to "the amount due" first. The minimum comes first in the alternation so
// that 最低应还 is never read as 应还; a scan is leftmost, so a longer label always starts earlier.
const MINIMUM = '最低(?:还款|应还款?|应缴|还)?(?:金额|额)?';
const REMAINING = '(?:剩余|仍需|尚需|还需|尚未)(?:应还|待还|未还|还)款?(?:金额|额)?';
const DUE = '(?:本期|本月|当期|当月|到期)?(?:应还|待还|需还|应缴|应付)款?(?:金额|总额|额|合计|总计)?|逾期金额|欠款(?:金额)?';
const STATEMENT = '(?:本期|本月)?账单(?:金额|总额)?|还款金额';
// Between a label and its number: colons, 为/共, a currency, a short aside in brackets, a product.
const GAP = String.raw`(?:[\s:]|为|是|共|计|合计|总计|约|人民币|RMB|CNY|[¥￥]|\([^()]{0,20}\)|花呗|白条|借呗|月付|信用卡|账单|款项|款){0,6}`;
// A whole amount, grouped by thousands or not, with at most two decimals, and nothing after it that
// would make it a date, a count or a rate (12月, 3期, 1笔, 8折).
const NUMBER = String.raw`(?<![\d.]|\d,)((?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,2})?)(?![.,]?\d)(\s*万)?(?!\s*[月日号期天年个笔折%倍/\-:次])`;
const CURRENCY = String.raw`(?:[¥￥]|RMB|CNY|人民币)\s*`;

const LABELLED = new RegExp(`(?:(${MINIMUM})|(${REMAINING})|(${DUE})|(${STATEMENT}))${GAP}${NUMBER}`, 'g');
// "您有500.00元待还", "1,234.56元未还": the label after the amount.
const TRAILING = new RegExp(`(?:${CURRENCY})?${NUMBER}\\s*元?\\s*(?:待还|未还|需还|应还|逾期未还)`, 'g');
// Any amount marked as money, for bills that name no label ("借呗1,000元将于12月10日自动扣款").
const MARKED = new RegExp(`${CURRENCY}${NUMBER}|${NUMBER}(?=\\s*元)`, 'g');
// Only wording that asks for payment: "账单" alone also opens offers to split a bill.
const BILL_CONTEXT = /还款|扣款|到期|逾期|应还|待还/;
const FOREIGN_BEFORE = /(?:美元|USD|US\$|\$|港币|HKD|欧元|日元|外币)\s*$/;

const Rank = { Marked: 0, Statement: 1, Due: 2, Remaining: 3 } as const;

interface Found {
  fen: Fen;
  rank: number;
}

function toFen(number: string | undefined, wan: string | undefined): Fen | null {
  const fen = number === undefined ? null : parseYuan(number);
  if (fen === null) return null;
  const scaled = wan ? fen * 10_000 : fen;
  return Number.isSafeInteger(scaled) ? scaled : null;
}

function isForeign(text: string, index: number): boolean {
  return FOREIGN_BEFORE.test(text.slice(Math.max(0, index - 4), index));
}

/**
 * The amount due and the minimum, in fen: the best-ranked labelled amount (remaining > due >
 * statement > any amount marked as money), first of equals; a lone minimum is also the amount due.
 */
export function readAmounts(text: string): BillAmounts {
  const found: Found[] = [];
  let minimumDue: Fen | undefined;
  for (const match of text.matchAll(LABELLED)) {
    const fen = toFen(match[5], match[6]);
    if (fen === null || isForeign(text, match.index)) continue;
    if (match[1] !== undefined) minimumDue ??= fen;
    else found.push({ fen, rank: match[2] ? Rank.Remaining : match[3] ? Rank.Due : Rank.Statement });
  }
  for (const match of text.matchAll(TRAILING)) {
    const fen = toFen(match[1], match[2]);
    if (fen !== null && !isForeign(text, match.index)) found.push({ fen, rank: Rank.Due });
  }
  if (found.length === 0 && minimumDue === undefined && BILL_CONTEXT.test(text)) {
    for (const match of text.matchAll(MARKED)) {
      const fen = toFen(match[1] ?? match[3], match[2] ?? match[4]);
      if (fen !== null && !isForeign(text, match.index)) found.push({ fen, rank: Rank.Marked });
    }
  }
  let best: Found | undefined;
  for (const candidate of found) if (!best || candidate.rank > best.rank) best = candidate;
  const amountDue = best?.fen ?? minimumDue;
  if (amountDue === undefined) return {};
  return minimumDue !== undefined && minimumDue > 0 && minimumDue <= amountDue ? { amountDue, minimumDue } : { amountDue };
}

/** Whether the text holds an amount that could be a bill's (for telling where a message ends). */
export function mentionsAmount(text: string): boolean {
  return readAmounts(text).amountDue !== undefined;
}
