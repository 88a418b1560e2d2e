import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BillFact, parseBillText } from '../../../lib/core/bill-text';
import { isValidIsoDate } from '../../../lib/core/dates';
import { LENDER_KINDS } from '../../../lib/core/schemas';
import { isoDateArb } from './arbitraries';

const RUNS = { numRuns: 400 };

/** Every way a fact can break the contract, by name; an empty list when it keeps it. */
function contractBreaches(fact: BillFact): string[] {
  const breaches: string[] = [];
  if (!LENDER_KINDS.includes(fact.lender)) breaches.push('lender');
  if (fact.lenderName !== undefined && fact.lenderName.trim() === '') breaches.push('lenderName');
  if (!Number.isSafeInteger(fact.amountDue) || fact.amountDue <= 0) breaches.push('amountDue');
  const { minimumDue, period, periods } = fact;
  if (minimumDue !== undefined && (!Number.isSafeInteger(minimumDue) || minimumDue <= 0 || minimumDue > fact.amountDue)) {
    breaches.push('minimumDue');
  }
  if (!isValidIsoDate(fact.dueDate)) breaches.push('dueDate');
  if (period !== undefined && (!Number.isInteger(period) || period < 1)) breaches.push('period');
  if (periods !== undefined && (!Number.isInteger(periods) || periods < 1)) breaches.push('periods');
  if (period !== undefined && periods !== undefined && period > periods) breaches.push('period > periods');
  return breaches;
}

const breachesOf = (facts: BillFact[]) => facts.flatMap((fact) => contractBreaches(fact).map((breach) => ({ breach, fact })));

// Pieces of real bills, shuffled into nonsense that still reaches every branch of the parser.
const FRAGMENTS = [
  '【招商银行】|[京东金融]|【花呗】|【分期乐】|【天星金融】|【美团】|【某某金融】|信用卡|白条|借呗|抖音月付',
  '本期应还|最低还款|账单金额|剩余应还|待还|应还款额为|逾期金额|人民币|RMB|¥|￥|元|万',
  '1,234.56|0|0.00|12|3|１２３．４|99999999999999|1,23|.5|12.345',
  '2026年12月10日|2026-02-30|2026/12/20|12月10日|2月29日|13月1日|12/15|3/12期|第13/12期|第2期/共6期',
  '今天|明天|后天|已逾期3天|已逾期999999天|到期|前|还款日|账单日|至',
  '，|。| |\n|\n\n|如已还款请忽略|还款成功|验证码|领取|额度|登录【掌上生活】App',
].flatMap((row) => row.split('|'));
const billishArb = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));

// Any UTF-16 code unit (lone surrogates too), weighted towards ASCII, CJK and full-width forms.
// Built from integers: fc.string({ unit: 'binary' }) costs seconds to generate under vitest.
const codeUnitArb = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x4e00, max: 0x9fff }),
  fc.integer({ min: 0xff01, max: 0xff5e }),
);
const anyTextArb = fc.array(codeUnitArb, { maxLength: 300 }).map((units) => String.fromCharCode(...units));

describe('parseBillText never throws and every fact keeps the contract', () => {
  it('on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(anyTextArb, isoDateArb, (text, today) => {
        expect(breachesOf(parseBillText(text, today))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('on shuffled fragments of real bills', () => {
    let facts = 0;
    fc.assert(
      fc.property(billishArb, isoDateArb, (text, today) => {
        const parsed = parseBillText(text, today);
        facts += parsed.length;
        expect(breachesOf(parsed)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(facts).toBeGreaterThan(0); // the property is not vacuous: the fragments do make bills
  });

  it('on any today, date or not', () => {
    fc.assert(
      fc.property(fc.string(), (today) => {
        expect(breachesOf(parseBillText('【花呗】本月应还500元，明天到期', today))).toEqual([]);
      }),
      RUNS,
    );
  });
});

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

describe('parseBillText reads back exactly the bill it was given', () => {
  it('returns every amount to the fen and every dated due day, however the amount is written', () => {
    const amountArb = fc.integer({ min: 1, max: 99_999_999_999 });
    fc.assert(
      fc.property(amountArb, isoDateArb, fc.boolean(), fc.boolean(), (fen, dueDate, grouped, fullWidth) => {
        const yuan = String(Math.floor(fen / 100));
        const cents = String(fen % 100).padStart(2, '0');
        // Trailing zeros dropped as people write them: 12.50 → 12.5, 12.00 → 12.
        const decimals = cents === '00' ? '' : `.${cents.replace(/0$/, '')}`;
        const amount = `${grouped ? groupThousands(yuan) : yuan}${decimals}`;
        const [year, month, day] = dueDate.split('-').map(Number);
        let text = `【招商银行】您的信用卡本期应还${amount}元，请于${year}年${month}月${day}日前还款。`;
        if (fullWidth) text = text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
        expect(parseBillText(text, '2026-12-01')).toEqual([{ lender: 'card', lenderName: '招商银行', amountDue: fen, dueDate }]);
      }),
      RUNS,
    );
  });
});
