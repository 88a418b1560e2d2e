import { readPastedBills } from '../../../lib/core/bill-paste';
import type { BillFact } from '../../../lib/core/bill-text';

const TODAY = '2026-11-25';
const titleOf = (fact: BillFact) => fact.lenderName ?? fact.lender;

/** Five bills and two messages that are none, pasted as a user copies them out of the messages app. */
const PASTE = `【招商银行】您尾号8888的信用卡本期账单金额人民币8,765.43元，最低还款876.54元，到期还款日12月18日。
【花呗】您本月花呗账单已出，应还金额1,234.56元，最后还款日12月10日，请按时还款。

【京东金融】您的白条第3/12期应还金额￥566.67，还款日2026-12-15，请及时还款。
【分期乐】您的第2期账单（共6期）待还金额350元将于明天到期，请保证账户余额充足。
【小米分期】您的小米分期本期应还1,072.00元，还款日2026年12月10日（第1/12期）。
【支付宝】验证码482913，您正在登录支付宝，请勿泄露。
【美团】您的美团月付11月账单应还128.50元，请留意还款。`;

describe('pasted bill messages', () => {
  it('offers one proposal per bill, in the order pasted, and says why the rest are none', () => {
    const { bills, notUnderstood } = readPastedBills(PASTE, TODAY, titleOf);
    // 8,765.43 by 18 Dec on a 招商银行 card; 1,234.56 of 花呗 by 10 Dec; 白条 installment 3 of 12; 分期乐 2 of 6
    // due tomorrow (26 Nov); 小米分期 1 of 12 by 10 Dec.
    expect(bills.map((bill) => bill.proposal)).toEqual([
      {
        sourceUrl: '',
        title: '招商银行',
        installments: [{ dueDate: '2026-12-18', amount: 876543 }],
        lender: { kind: 'card', name: '招商银行' },
      },
      { sourceUrl: '', title: 'huabei', installments: [{ dueDate: '2026-12-10', amount: 123456 }], lender: { kind: 'huabei' } },
      {
        sourceUrl: '',
        title: 'baitiao',
        installments: [{ period: 3, dueDate: '2026-12-15', amount: 56667 }],
        periods: 12,
        lender: { kind: 'baitiao' },
      },
      {
        sourceUrl: '',
        title: 'fenqile',
        installments: [{ period: 2, dueDate: '2026-11-26', amount: 35000 }],
        periods: 6,
        lender: { kind: 'fenqile' },
      },
      {
        sourceUrl: '',
        title: 'xiaomi',
        installments: [{ period: 1, dueDate: '2026-12-10', amount: 107200 }],
        periods: 12,
        lender: { kind: 'xiaomi' },
      },
    ]);
    expect(bills[0]?.fact.minimumDue).toBe(87654);
    expect(bills[2]?.message).toContain('白条第3/12期');
    // Messages come back as the parser reads them: full-width punctuation made half-width.
    expect(notUnderstood).toEqual([
      { message: '【支付宝】验证码482913,您正在登录支付宝,请勿泄露。', reason: 'verification' },
      { message: '【美团】您的美团月付11月账单应还128.50元,请留意还款。', reason: 'noDueDate' },
    ]);
  });

  it('keeps a bill without its period when the message names no plan length (第3期 alone)', () => {
    const { bills } = readPastedBills('【分期乐】您的第3期账单350.00元，还款日12月20日。', TODAY, titleOf);
    expect(bills[0]?.proposal.installments).toEqual([{ dueDate: '2026-12-20', amount: 35000 }]);
    expect(bills[0]?.proposal.periods).toBeUndefined();
  });

  it('takes nothing from an empty paste, and says what a confirmation and an advert are', () => {
    expect(readPastedBills('  \n\n ', TODAY, titleOf)).toEqual({ bills: [], notUnderstood: [] });
    const { bills, notUnderstood } = readPastedBills(
      '【招商银行】您的信用卡已还款成功，还款金额1,000.00元。\n\n【京东金融】白条专属优惠券已到账，领取后立减20元，12月31日前有效。',
      TODAY,
      titleOf,
    );
    expect(bills).toEqual([]);
    expect(notUnderstood.map((item) => item.reason)).toEqual(['confirmation', 'marketing']);
  });
});
