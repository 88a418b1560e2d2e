import type { BrowserContext, Page } from '@playwright/test';
import { addMonthsClamped } from '../../lib/core/dates';
import { buildSchedule } from '../../lib/core/schedule';
import type { Plan } from '../../lib/core/schemas';
import { planStatus } from '../../lib/core/status';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { openOptions } from './options-helpers';
import { seed, seedPlan, shanghaiDate, storedPlans } from './seed';
import { clickInPanel, fixtureHtml, marks, openStorePage, panel, panelDocument } from './store-helpers';

const ORDERS_URL = 'https://jr.mi.com/installment/orders';

/** axe-core's findings in our panel's own frame document. */
const panelViolations = async (store: Page) => violations((await panelDocument(store)) as unknown as Page, { impacts: 'all' });

/** A 小米分期 bill page with a 还款计划 table of `rows` (期数, 还款日, 本金, 手续费, 应还金额, 状态), and `before` above it. */
const billPage = (
  rows: string[][],
  before = '',
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>小米分期</title></head><body>
  ${before}<div class="plan"><h3>还款计划</h3><table><thead><tr><th>期数</th><th>还款日</th><th>本金</th><th>手续费</th><th>应还金额</th><th>状态</th></tr></thead>
  <tbody>${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table></div></body></html>`;

/** Chinese chosen in settings, so every page the extension opens speaks it. */
async function chooseChinese(openPage: (path: string) => Promise<Page>): Promise<void> {
  const settings = await openOptions(openPage, '#settings');
  await settings.getByLabel('中文').check();
  await expect(settings.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await settings.close();
}

/** Clicks the offer that names `title` and confirms the plan in the options page that opens. */
async function importOffer(context: BrowserContext, extensionId: string, store: Page, title: string): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  await clickInPanel(panel(store, 'import').filter({ hasText: title }).getByRole('button', { name: '添加到还款助手' }));
  const options = await opened;
  await expect(options.getByRole('heading', { level: 1, name: '确认导入的分期计划' })).toBeVisible();
  return options;
}

/** The rows a stored plan's own schedule gives, as the page prints them (principal, fee, total). */
const rowsOf = (plan: Plan) => buildSchedule(plan).map((row) => [row.dueDate, row.principal, row.interest, row.total]);

test('two orders on one page: each imported on its own, fee and rate reproduced to the fen, then both matched', async ({
  context,
  extensionId,
  worker,
  openPage,
}) => {
  await chooseChinese(openPage);
  const store = await openStorePage(context, ORDERS_URL, fixtureHtml('two-orders.html'));
  await expect(panel(store, 'import')).toHaveCount(2);
  await expect(panel(store, 'mismatch')).toHaveCount(0);
  expect(await panelViolations(store)).toEqual([]);

  // Order 1: 12 × (1,000.00 + 72.00), auto-repay on from 招商银行 储蓄卡 尾号1234.
  const first = await importOffer(context, extensionId, store, 'Xiaomi 15 Pro 16GB+512GB');
  await expect(first.getByText('与页面逐期一致')).toBeVisible();
  await expect(first.getByText('订单号：5201314000001')).toBeVisible();
  await expect(first.getByLabel('计划名称')).toHaveValue('Xiaomi 15 Pro 16GB+512GB');
  await expect(first.getByLabel('计费方式')).toHaveValue('fee');
  await expect(first.getByLabel('每期手续费率（%）')).toHaveValue('0.6');
  await expect(first.getByLabel('分期本金（元）')).toHaveValue('12000.00');
  await first.getByRole('button', { name: '添加计划' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Xiaomi 15 Pro 16GB+512GB' })).toBeVisible();

  // Order 1 is now stored: the panel matches it and offers order 2 alone.
  await expect(panel(store, 'import')).toHaveCount(1);
  await expect(panel(store, 'import')).toContainText('Redmi K80 Pro 12GB+256GB：本页可读取 6 期还款');
  const second = await importOffer(context, extensionId, store, 'Redmi K80 Pro 12GB+256GB');
  await expect(second.getByText('与页面逐期一致')).toBeVisible();
  await expect(second.getByText('本页标为已还的前 2 期将记为已还。')).toBeVisible();
  await second.getByRole('button', { name: '添加计划' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Redmi K80 Pro 12GB+256GB' })).toBeVisible();

  const [one, two] = (await storedPlans(worker)) as Plan[];
  expect(one).toMatchObject({
    orderNo: '5201314000001',
    method: 'fee',
    rate: 0.006,
    principal: 1_200_000,
    autoRepay: true,
    paymentMethod: { kind: 'bank-card', label: '招商银行 ****1234' },
  });
  expect(two).toMatchObject({
    orderNo: '5201314000002',
    method: 'fee',
    rate: 0.005,
    principal: 599_900,
    remainderTo: 'first',
    autoRepay: false,
  });
  expect(two?.payments.map((p) => [p.period, p.amount])).toEqual([
    [1, 102_987],
    [2, 102_982],
  ]);
  // Each plan's own schedule prints the page's rows to the fen.
  expect(rowsOf(one as Plan)).toEqual(Array.from({ length: 12 }, (_, i) => [addMonthsClamped('2027-01-10', i), 100_000, 7_200, 107_200]));
  expect(rowsOf(two as Plan)).toEqual([
    ['2026-10-10', 99_985, 3_002, 102_987],
    ...['2026-11-10', '2026-12-10', '2027-01-10', '2027-02-10', '2027-03-10'].map((d) => [d, 99_983, 2_999, 102_982]),
  ]);

  // Both orders are now known by their numbers: nothing to offer, nothing differs.
  await expect(panel(store, 'import')).toHaveCount(0);
  await expect(panel(store, 'mismatch')).toHaveCount(0);
  await expect(panel(store, 'next')).toBeVisible();
});

test('a stored order due the same day as a new one is no mismatch: the new one is offered', async ({ context, worker }) => {
  // Order 1 stored before plans kept order numbers: known by 12,000.00 / 12 periods / 2027-01-10.
  await seed(worker, { plans: [seedPlan({ title: 'Xiaomi 15 Pro', firstDueDate: '2027-01-10' })] });
  const store = await openStorePage(context, ORDERS_URL, fixtureHtml('two-orders.html'));
  await expect(panel(store, 'import')).toHaveCount(1);
  await expect(panel(store, 'import')).toContainText('Redmi K80 Pro 12GB+256GB');
  await expect(panel(store, 'next')).toContainText('第 1/12 期');
  await expect(panel(store, 'mismatch')).toHaveCount(0);
});

test('an order that differs from its stored plan is named with the periods that differ', async ({ context, worker }) => {
  // Stored at 0.5 % a period (1,060.00 a month) under order 1's number; the page says 1,072.00.
  await seed(worker, { plans: [seedPlan({ title: '我的小米 15', firstDueDate: '2027-01-10', rate: 0.005, orderNo: '5201314000001' })] });
  const store = await openStorePage(context, ORDERS_URL, fixtureHtml('two-orders.html'));
  await expect(panel(store, 'mismatch-plan')).toHaveText('「我的小米 15」第 1–12 期与本页不同');
  await expect(panel(store, 'mismatch')).toContainText('2027年1月10日 的金额：本页 ¥1,072.00，记录 ¥1,060.00');
  await expect(panel(store, 'import')).toHaveCount(1);
  expect(await panelViolations(store)).toEqual([]);
});

test('an overdue notice is marked and read: days late and the late charge, which the imported plan agrees with', async ({
  context,
  extensionId,
  worker,
  openPage,
}) => {
  await chooseChinese(openPage);
  // Period 1 fell due three days ago (Beijing) and is unpaid; 3 × (1,000.00 + 72.00).
  const due = shanghaiDate(-3);
  const rows = [0, 1, 2].map((i) => [
    `${i + 1}/3`,
    addMonthsClamped(due, i),
    '¥1,000.00',
    '¥72.00',
    '¥1,072.00',
    i === 0 ? '已逾期' : '待还',
  ]);
  const html = billPage(
    rows,
    '<div class="notice">您有1笔账单已逾期3天</div><div class="card"><span>本期应还</span><span>¥1,072.00</span></div>',
  );
  const store = await openStorePage(context, 'https://jr.mi.com/installment/bill?orderId=1', html);
  // 107,200 × 0.05 % × 3 days = 160.8 → ¥1.61.
  await expect(panel(store, 'late')).toHaveText('已逾期 3 天：逾期未还 ¥1,072.00，按每日 0.05% 估算罚息约 ¥1.61。');
  await expect(panel(store, 'overdue')).toBeVisible();
  expect(await marks(store)).toContain('field:div.notice');
  expect(await panelViolations(store)).toEqual([]);

  const options = await importOffer(context, extensionId, store, '本页可读取 3 期还款');
  await expect(options.getByText('与页面逐期一致')).toBeVisible();
  await options.getByRole('button', { name: '添加计划' }).click();
  await expect(options.getByRole('heading', { level: 1, name: '小米分期 3 期' })).toBeVisible();
  const [plan] = (await storedPlans(worker)) as Plan[];
  const [late] = planStatus(plan as Plan, shanghaiDate(0));
  expect(late).toMatchObject({ period: 1, state: 'overdue', daysLate: 3, remaining: 107_200, penalty: 161 });
});

test('a page no method reproduces: the rows that differ are named and the user chooses', async ({ context, extensionId, openPage }) => {
  await chooseChinese(openPage);
  // Period 3 charges 75.00 where the others charge 72.00: no one fee rate gives all three.
  const fees = ['72.00', '72.00', '75.00'];
  const rows = fees.map((fee, i) => [`${i + 1}/3`, addMonthsClamped('2027-01-10', i), '¥1,000.00', `¥${fee}`, `¥1,0${fee}`, '待还']);
  const store = await openStorePage(context, 'https://jr.mi.com/installment/bill?orderId=2', billPage(rows));
  const options = await importOffer(context, extensionId, store, '本页可读取 3 期还款');
  const choice = options.getByRole('group', { name: '没有一种计费方式能逐期算出本页的金额。请选择导入方式：' });
  await expect(choice.getByRole('radio', { name: '分期手续费，每期手续费率 2.4%（第 3 期与本页不同）' })).toBeChecked();
  await expect(options.getByLabel('计费方式')).toHaveValue('fee');
  await expect(options.getByLabel('每期手续费率（%）')).toHaveValue('2.4');
  expect(await violations(options, { impacts: 'all' })).toEqual([]);
  await choice.getByRole('radio', { name: '按本页每期应还金额导入（免息），之后自行修改' }).check();
  await expect(options.getByLabel('计费方式')).toHaveValue('interest-free');
});
