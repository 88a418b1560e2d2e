// @vitest-environment happy-dom

import { inferProposalTerms } from '../../../components/options/proposal-terms';
import { fenToDecimal } from '../../../lib/core/money';
import { buildSchedule } from '../../../lib/core/schedule';
import { DEFAULT_PENALTY_DAILY_RATE } from '../../../lib/core/schemas';
import { planStatus } from '../../../lib/core/status';
import { makePlan } from '../core/plan-factory';
import { loadFixture, panelPart, panelText, setBody, snapshotEntry, startOnPage } from './page';

// The stored order 1 of two-orders.html, saved before plans kept order numbers: 12,000.00 / 12 / 0.6 %.
const orderOne = Array.from({ length: 12 }, (_, i) =>
  snapshotEntry({
    planId: 'p1',
    title: 'Xiaomi 15 Pro',
    period: i + 1,
    dueDate: `2027-${String(i + 1).padStart(2, '0')}-10`,
    principal: 1_200_000,
    firstDueDate: '2027-01-10',
  }),
);

describe('a page with two orders (two-orders.html)', () => {
  it('reads each order: number, product, auto-repay account, rows with principal and fee, paid marks', () => {
    loadFixture('two-orders.html');
    const { site } = startOnPage({ today: '2026-11-25' });
    const orders = site.reading?.orders ?? [];
    expect(orders.map(({ rows, ...order }) => order)).toEqual([
      { orderNo: '5201314000001', product: 'Xiaomi 15 Pro 16GB+512GB', autoRepay: true, account: '招商银行 ****1234', periods: 12 },
      { orderNo: '5201314000002', product: 'Redmi K80 Pro 12GB+256GB', autoRepay: false, periods: 6 },
    ]);
    expect(orders[1]?.rows.slice(0, 3)).toEqual([
      { period: 1, dueDate: '2026-10-10', amount: 102_987, paid: true, principal: 99_985, charge: 3_002 },
      { period: 2, dueDate: '2026-11-10', amount: 102_982, paid: true, principal: 99_983, charge: 2_999 },
      { period: 3, dueDate: '2026-12-10', amount: 102_982, paid: false, principal: 99_983, charge: 2_999 },
    ]);
  });

  it('matches the stored order, offers the other alone, and warns of nothing', async () => {
    loadFixture('two-orders.html');
    const page = startOnPage({ snapshot: orderOne, today: '2026-11-25' });
    await page.frame();
    expect(panelPart('mismatch')).toBeNull();
    expect(panelText()).toContain('Redmi K80 Pro 12GB+256GB：本页可读取 6 期还款');
    expect(panelText()).not.toContain('本页可读取 12 期还款');
    panelPart('import')?.querySelector('button')?.click();
    await page.frame();
    expect(page.proposals).toEqual([
      expect.objectContaining({ title: 'Redmi K80 Pro 12GB+256GB', orderNo: '5201314000002', autoRepay: false, periods: 6 }),
    ]);
  });

  it('offers both orders when neither is stored, each its own button', async () => {
    loadFixture('two-orders.html');
    const page = startOnPage({ snapshot: [], today: '2026-11-25' });
    await page.frame();
    const frame = panelPart('import')?.ownerDocument as Document;
    const buttons = Array.from(frame.querySelectorAll('[data-part="import"] button')) as HTMLButtonElement[];
    expect(buttons).toHaveLength(2);
    buttons[1]?.click();
    await page.frame();
    expect(page.proposals.map((p) => (p as { orderNo: string }).orderNo)).toEqual(['5201314000002']);
  });
});

describe('an overdue notice', () => {
  afterEach(() => vi.useRealTimers());

  it('says how many days and the late charge, as the imported plan’s status counts it', async () => {
    // Period 2 (2026-12-10) of a 3 × 1,072.00 plan (3,000.00 at a 2.4 % fee) is unpaid on 2026-12-13: three days late.
    setBody(`<div class="notice">您有1笔账单已逾期3天</div>
      <div class="plan"><h3>还款计划</h3><table><thead><tr><th>期数</th><th>还款日</th><th>本金</th><th>手续费</th><th>应还金额</th><th>状态</th></tr></thead><tbody>
      <tr><td>1/3</td><td>2026-11-10</td><td>¥1,000.00</td><td>¥72.00</td><td>¥1,072.00</td><td>已还</td></tr>
      <tr><td>2/3</td><td>2026-12-10</td><td>¥1,000.00</td><td>¥72.00</td><td>¥1,072.00</td><td>已逾期</td></tr>
      <tr><td>3/3</td><td>2027-01-10</td><td>¥1,000.00</td><td>¥72.00</td><td>¥1,072.00</td><td>待还</td></tr></tbody></table></div>`);
    // The panel frame counts from the lender's today: noon of 2026-12-13 in Beijing.
    vi.setSystemTime(new Date('2026-12-13T04:00:00Z'));
    const page = startOnPage({ snapshot: [], today: '2026-12-13' });
    await page.frame();
    expect(page.site.reading).toMatchObject({ overdue: true, overdueDays: 3 });
    expect(document.querySelector('.notice')?.getAttribute('data-repay-highlight')).toBe('field');
    // 107,200 × 0.0005 × 3 = 160.8 → 161 fen.
    const plan = makePlan({
      principal: 300_000,
      periods: 3,
      rate: 0.024,
      firstDueDate: '2026-11-10',
      penaltyDailyRate: DEFAULT_PENALTY_DAILY_RATE,
    });
    const late = planStatus({ ...plan, payments: [{ id: 'x', period: 1, amount: 107_200, date: '2026-11-10', note: '' }] }, '2026-12-13');
    expect(buildSchedule(plan)[1]?.total).toBe(107_200);
    expect(late[1]).toMatchObject({ state: 'overdue', daysLate: 3, penalty: 161 });
    expect(panelPart('late')?.textContent).toBe('已逾期 3 天：逾期未还 ¥1,072.00，按每日 0.05% 估算罚息约 ¥1.61。');
  });
});

describe('an annuity page (等额本息) with 本金 and 利息 columns', () => {
  it('reads the interest column, and the import reproduces it at 12 % a year', async () => {
    // 10,000.00 over 12 at 1 % a month: 888.49 a month; period 1 is 788.49 + 100.00 (see infer-terms.test.ts).
    const schedule = buildSchedule({ principal: 1_000_000, periods: 12, method: 'annuity', rate: 0.12, firstDueDate: '2027-01-15' });
    const rows = schedule
      .map(
        (r) =>
          `<tr><td>第${r.period}期</td><td>${r.dueDate}</td><td>${fenToDecimal(r.principal)}元</td><td>${fenToDecimal(r.interest)}元</td><td>${fenToDecimal(r.total)}元</td></tr>`,
      )
      .join('');
    setBody(
      `<div class="plan"><h3>还款计划</h3><table><tr><th>期数</th><th>还款日</th><th>本金</th><th>利息</th><th>月供</th></tr>${rows}</table></div>`,
    );
    const page = startOnPage({ snapshot: [], today: '2026-12-20' });
    await page.frame();
    expect(page.site.reading?.plan[0]).toEqual({
      period: 1,
      dueDate: '2027-01-15',
      amount: 88_849,
      paid: false,
      principal: 78_849,
      charge: 10_000,
    });
    panelPart('import')?.querySelector('button')?.click();
    await page.frame();
    const inference = inferProposalTerms(page.proposals[0] as Parameters<typeof inferProposalTerms>[0]);
    expect(inference?.exact?.terms).toMatchObject({ method: 'annuity', rate: 0.12, principal: 1_000_000, firstDueDate: '2027-01-15' });
  });
});
