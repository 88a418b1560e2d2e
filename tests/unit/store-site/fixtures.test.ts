// @vitest-environment happy-dom
import { loadFixture, marked, panelDocument, panelPart, panelText, snapshotEntry, startOnPage } from './page';

const entry = snapshotEntry;
const twelve = (amount = 107200) =>
  Array.from({ length: 12 }, (_, i) =>
    entry({ period: i + 1, dueDate: `2027-${String(i + 1).padStart(2, '0')}-10`, amount, remaining: amount }),
  );

const describeMarks = () =>
  marked().map((e) => `${e.getAttribute('data-repay-highlight')}:${e.tagName.toLowerCase()}.${e.className || e.id}`);

describe('the <table> bill page (bill-table.html)', () => {
  it('marks the repay buttons, each field with its value, the plan section and the brand', async () => {
    loadFixture('bill-table.html');
    startOnPage();
    await Promise.resolve();
    expect(describeMarks().sort()).toEqual(
      [
        'action:a.link',
        'action:button.btn repay-btn',
        'field:div.bill-amount',
        'field:div.bill-date',
        'field:div.card auto',
        'label:div.bill-title',
        'plan:div.card plan',
      ].sort(),
    );
    // The FAQ sentence that mentions 逾期 and 最后还款日 is prose, not a label.
    expect(document.querySelector('.faq [data-repay-highlight], .faq[data-repay-highlight]')).toBeNull();
    expect(document.querySelectorAll('style').length).toBe(2);
  });

  it('reads the amount, date, period, auto-repay and all twelve plan rows', () => {
    loadFixture('bill-table.html');
    const { site } = startOnPage();
    expect(site.reading).toMatchObject({ dueAmount: 107200, dueDate: '2027-01-10', period: 1, periods: 12, autoRepay: true });
    expect(site.reading?.plan).toHaveLength(12);
    // The 本金 and 手续费 columns are read too: the import infers the fee rate from them.
    expect(site.reading?.plan[11]).toEqual({
      period: 12,
      dueDate: '2027-12-10',
      amount: 107200,
      paid: false,
      principal: 100000,
      charge: 7200,
    });
  });

  it('offers the import when no stored plan matches, and sends the validated proposal on click', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    expect(panelText()).toContain('本页可读取 12 期还款');
    panelPart('import')?.querySelector('button')?.click();
    await page.frame();
    expect(page.proposals).toHaveLength(1);
    expect(page.proposals[0]).toMatchObject({ sourceUrl: expect.stringMatching(/^http/), title: '小米分期 12 期', periods: 12 });
    expect((page.proposals[0] as { installments: unknown[] }).installments[0]).toEqual({
      period: 1,
      dueDate: '2027-01-10',
      amount: 107200,
      paid: false,
      principal: 100000,
      charge: 7200,
    });
    // The auto-repay line goes with it: on, debiting 招商银行储蓄卡(1234).
    expect(page.proposals[0]).toMatchObject({ autoRepay: true, account: '招商银行 ****1234' });
    expect(panelText()).toContain('已发送');
  });

  it('shows the matching plan’s next payment and no warning or import when everything agrees', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: twelve() });
    await page.frame();
    expect(panelPart('next')?.textContent).toBe('2027年1月10日 应还 ¥1,072.00 · 第 1/12 期');
    expect(panelPart('mismatch')).toBeNull();
    expect(panelPart('import')).toBeNull();
  });

  it('warns with the checklist when the stored schedule says another amount', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: twelve(100000) });
    await page.frame();
    const warning = panelPart('mismatch');
    expect(warning?.getAttribute('role')).toBe('alert');
    expect(warning?.textContent).toContain('2027年1月10日 的金额：本页 ¥1,072.00，记录 ¥1,000.00');
    expect(warning?.querySelectorAll('li')).toHaveLength(5);
    expect(warning?.textContent).toContain('联系小米分期客服');
  });

  it('says so when the stored plans cannot be read, without warning about anything', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: null });
    await page.frame();
    expect(panelPart('unavailable')).not.toBeNull();
    expect(panelPart('mismatch')).toBeNull();
  });

  it('folds down to its header and opens again, keeping focus on the toggle', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: twelve(100000) });
    await page.frame();
    const toggle = () => panelDocument().querySelector<HTMLButtonElement>('[aria-expanded]');
    toggle()?.click();
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
    expect(panelPart('mismatch')).toBeNull();
    expect(panelDocument().activeElement).toBe(toggle());
    toggle()?.click();
    expect(panelPart('mismatch')).not.toBeNull();
  });

  it('speaks English when the browser does', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: twelve(100000), locale: 'en' });
    await page.frame();
    expect(panelText()).toContain('This page differs from your stored plan');
    expect(panelText()).toContain('Xiaomi Installments customer service');
  });
});

describe('the mobile bill page with <div> rows (bill-divs.html)', () => {
  it('finds labels split across spans and the amount split into sign, integer and decimals', () => {
    loadFixture('bill-divs.html');
    const { site } = startOnPage();
    expect(document.querySelector('.summary')?.getAttribute('data-repay-highlight')).toBe('field');
    expect(document.querySelector('.due')?.getAttribute('data-repay-highlight')).toBe('field');
    expect(document.querySelector('.btn-primary')?.getAttribute('data-repay-highlight')).toBe('action');
    expect(document.querySelector('.section')?.getAttribute('data-repay-highlight')).toBe('plan');
    expect(site.reading).toMatchObject({ dueAmount: 107200, dueDate: '2027-01-10', period: 3, periods: 12 });
  });

  it('reads the nested-div plan: full-width and ¥-less amounts, paid rows', () => {
    loadFixture('bill-divs.html');
    const { site } = startOnPage();
    expect(site.reading?.plan).toEqual([
      { period: 1, dueDate: '2026-11-10', amount: 107200, paid: true },
      { period: 2, dueDate: '2026-12-10', amount: 107200, paid: true },
      { period: 3, dueDate: '2027-01-10', amount: 107200, paid: false },
      { period: 4, dueDate: '2027-02-10', amount: 107200, paid: false },
      { period: 5, dueDate: '2027-03-10', amount: 107200, paid: false },
    ]);
  });

  it('matches a stored plan by its open installments even though the page also lists paid ones', async () => {
    loadFixture('bill-divs.html');
    // Periods 3–12 are open: due 2027-01-10 to 2027-10-10.
    const open = twelve()
      .slice(0, 10)
      .map((e, i) => ({ ...e, period: i + 3 }));
    const page = startOnPage({ snapshot: open });
    await page.frame();
    expect(panelPart('mismatch')).toBeNull();
    expect(panelPart('next')?.textContent).toContain('第 3/12 期');
  });
});

describe('the limit-used-up page (zero-limit.html)', () => {
  it('notes that installments are still due, with the next date and amount', async () => {
    loadFixture('zero-limit.html');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    expect(page.site.reading).toMatchObject({ zeroLimit: true, dueAmount: 107200, dueDate: '2027-01-10' });
    expect(panelPart('zero-limit')?.textContent).toBe(
      '可用额度为 0 不代表不用还款：已有的分期仍需按期还清。下一期：2027年1月10日 应还 ¥1,072.00',
    );
    expect(document.querySelector('a.repay')?.getAttribute('data-repay-highlight')).toBe('action');
  });

  it('uses the stored plan’s next installment when there is one', async () => {
    loadFixture('zero-limit.html');
    const page = startOnPage({ snapshot: [entry({ dueDate: '2027-01-10', amount: 107200, remaining: 50000 })] });
    await page.frame();
    expect(panelPart('zero-limit')?.textContent).toContain('下一期：2027年1月10日 应还 ¥500.00');
  });
});

describe('a product page with nothing to highlight (nothing.html)', () => {
  it('marks nothing, adds no sheet and shows no panel', async () => {
    loadFixture('nothing.html');
    const page = startOnPage();
    await page.frame();
    expect(marked()).toEqual([]);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.querySelector('iframe')).toBeNull();
    expect(page.site.reading).toEqual({ overdue: false, zeroLimit: false, plan: [] });
  });
});
