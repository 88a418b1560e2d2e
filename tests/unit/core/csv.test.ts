import { describe, expect, it } from 'vitest';
import { CSV_BOM, type CsvWords, paymentsCsv, scheduleCsv, toCsv } from '../../../lib/core/csv';
import { makePlan, payment } from './plan-factory';

const words: CsvWords = {
  schedule: {
    plan: '计划',
    lender: '平台',
    period: '期数',
    dueDate: '还款日',
    principal: '本金',
    charge: '手续费',
    total: '应还',
    paid: '已还',
    state: '状态',
  },
  payments: { plan: '计划', lender: '平台', period: '期数', date: '还款日期', amount: '金额', note: '备注' },
  lender: (plan) => (plan.lender.kind === 'xiaomi' ? '小米分期' : plan.lender.name),
  state: (state) => ({ paid: '已还', upcoming: '待还' })[state as 'paid'] ?? state,
};

describe('toCsv: RFC 4180', () => {
  it('ends every record with CRLF and leaves plain fields bare', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(toCsv([['小米 15 Pro, 黑色', '说 "你好"', '两行\n文字', '回车\r']])).toBe(
      '"小米 15 Pro, 黑色","说 ""你好""","两行\n文字","回车\r"\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as a formula: = + - @ tab and CR at the start', () => {
    expect(toCsv([['=HYPERLINK("http://x","点我")', '+1', '-2', '@SUM(A1)', '\tx', 'a=b']])).toBe(
      `"'=HYPERLINK(""http://x"",""点我"")",'+1,'-2,'@SUM(A1),'\tx,a=b\r\n`,
    );
  });
});

describe('schedule and payment exports', () => {
  // 12,000.00 over 12 periods at a 0.6 % fee: 1,000.00 principal and 72.00 fee a period, from 10 Jan 2026.
  const plan = makePlan({
    title: '=cmd|小米 15 Pro',
    payments: [{ ...payment(2, 50_000, '2026-02-08'), note: '先还一半, 剩下的下周' }, payment(1, 107_200, '2026-01-09')],
  });

  it('writes a row per period: yuan with two decimals, dates YYYY-MM-DD, what was paid and the state', () => {
    const lines = scheduleCsv([plan], '2026-01-20', words).split('\r\n');
    expect(lines[0]).toBe('计划,平台,期数,还款日,本金,手续费,应还,已还,状态');
    expect(lines[1]).toBe("'=cmd|小米 15 Pro,小米分期,1,2026-01-10,1000.00,72.00,1072.00,1072.00,已还");
    expect(lines[2]).toBe("'=cmd|小米 15 Pro,小米分期,2,2026-02-10,1000.00,72.00,1072.00,500.00,partly-paid");
    expect(lines).toHaveLength(1 + 12 + 1); // the header, 12 periods, and the empty string after the last CRLF
  });

  it('writes each payment by date, quoting a note with a comma', () => {
    expect(paymentsCsv([plan], words)).toBe(
      '计划,平台,期数,还款日期,金额,备注\r\n' +
        "'=cmd|小米 15 Pro,小米分期,1,2026-01-09,1072.00,\r\n" +
        '\'=cmd|小米 15 Pro,小米分期,2,2026-02-08,500.00,"先还一半, 剩下的下周"\r\n',
    );
  });

  it('marks the file as UTF-8 for Excel with a byte-order mark', () => {
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
