// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposalFromPage } from '../../../lib/background/read-tab';
import { readAnyPage } from '../../../lib/store-site/read-any-page';

const TODAY = '2026-11-25';

/** Loads a page fixture (tests/fixtures/any-page) into happy-dom's document; its scripts do not run. */
function load(name: string): void {
  const html = readFileSync(join(__dirname, '../../fixtures/any-page', name), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
  document.title = document.querySelector('title')?.textContent ?? '';
}

/** The page as read, with a real https address (happy-dom's own is about:blank). */
const readAt = (url: string) => ({ ...readAnyPage(document, TODAY), sourceUrl: url });

describe('reading any lender page on request', () => {
  it('reads a 花呗 installment table: six periods, the two repaid ones marked, 应还 over 本金 and 手续费', () => {
    load('huabei-installment.html');
    const page = readAnyPage(document, TODAY);
    expect(page.title).toBe('花呗分期 - 支付宝');
    expect(page.reading).toMatchObject({ dueAmount: 104250, dueDate: '2026-12-10', period: 3, periods: 6 });
    expect(page.reading?.plan).toHaveLength(6);
    expect(page.reading?.plan[0]).toMatchObject({ period: 1, dueDate: '2026-10-10', amount: 104250, paid: true });
    expect(page.reading?.plan[2]).toMatchObject({ period: 3, dueDate: '2026-12-10', amount: 104250, paid: false });
  });

  it('proposes the 花呗 plan under 花呗, titled with the page own name', () => {
    load('huabei-installment.html');
    const proposal = proposalFromPage(readAt('https://huabei.alipay.com/installment/detail'));
    expect(proposal).toMatchObject({
      sourceUrl: 'https://huabei.alipay.com/installment/detail',
      title: '花呗分期',
      periods: 6,
      lender: { kind: 'huabei' },
    });
    expect(proposal?.installments.map((row) => [row.period, row.paid])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
    ]);
  });

  it('reads a card statement as one bill: the statement amount by the due date, never the transactions', () => {
    load('bank-statement.html');
    const page = readAnyPage(document, TODAY);
    expect(page.reading).toMatchObject({ dueAmount: 876543, dueDate: '2026-12-18', plan: [] });
    const proposal = proposalFromPage({ ...page, sourceUrl: 'https://xyk.cmbchina.com/statement/view' });
    expect(proposal).toMatchObject({
      sourceUrl: 'https://xyk.cmbchina.com/statement/view',
      title: '招商银行信用卡',
      lender: { kind: 'card', name: '招商银行' },
    });
    expect(proposal?.installments).toEqual([{ dueDate: '2026-12-18', amount: 876543 }]);
    expect(proposal?.periods).toBeUndefined();
  });

  it('reads a bare table whose header names a plan, with no heading the labels know', () => {
    document.documentElement.innerHTML = `<head><title>分期乐</title></head><body><table>
      <tr><th>期次</th><th>应还日期</th><th>应还金额</th></tr>
      <tr><td>1</td><td>2026-12-15</td><td>¥350.00</td></tr>
      <tr><td>2</td><td>2027-01-15</td><td>¥350.00</td></tr></table></body>`;
    document.title = '分期乐';
    const page = readAnyPage(document, TODAY);
    expect(page.reading?.plan).toMatchObject([
      { period: 1, dueDate: '2026-12-15', amount: 35000, paid: false },
      { period: 2, dueDate: '2027-01-15', amount: 35000, paid: false },
    ]);
    expect(page.reading?.periods).toBe(2);
    expect(proposalFromPage({ ...page, sourceUrl: 'https://m.fenqile.com/bill' })?.lender).toEqual({ kind: 'fenqile' });
  });

  it('finds nothing on a page with no bill, though it mentions 还款, 逾期, a date and a price', () => {
    load('no-bill.html');
    const page = readAnyPage(document, TODAY);
    expect(page.reading).toBeNull();
    expect(proposalFromPage({ ...page, sourceUrl: 'https://news.example.cn/a/1' })).toBeNull();
  });

  it('leaves the page as it was: no marks, no styles, no nodes', () => {
    load('huabei-installment.html');
    const before = document.documentElement.outerHTML;
    readAnyPage(document, TODAY);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
