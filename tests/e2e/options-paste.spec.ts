import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { shanghaiDate, storedPlans } from './seed';

// "粘贴账单短信 / Paste bill messages": five bills and two messages that are none, pasted at once as a user
// copies them out of the messages app; each bill becomes a proposal checked in the import editor.

const due = (days: number) => shanghaiDate(days);
const PASTE = [
  `【招商银行】您尾号8888的信用卡本期账单金额人民币8,765.43元，最低还款876.54元，到期还款日${due(20)}。`,
  `【花呗】您本月花呗账单已出，应还金额1,234.56元，最后还款日${due(12)}，请按时还款。`,
  `【京东金融】您的白条第3/12期应还金额￥566.67，还款日${due(18)}，请及时还款。`,
  '【分期乐】您的第2期账单（共6期）待还金额350元将于明天到期，请保证账户余额充足。',
  `【小米分期】您的小米分期本期应还1,072.00元，还款日${due(15)}（第1/12期）。`,
  '【支付宝】验证码482913，您正在登录支付宝，请勿泄露。',
  '【美团】您的美团月付11月账单应还128.50元，请留意还款。',
].join('\n');

async function pasteAndFind(page: Page, label: string, button: string): Promise<void> {
  await page.getByLabel(label).fill(PASTE);
  await page.getByRole('button', { name: button }).click();
}

test('five bill messages give five proposals, each checked and added one by one', async ({ openPage, worker }) => {
  const page = await openPage('options.html#paste');
  await expect(page.getByRole('heading', { level: 1, name: '粘贴账单短信' })).toBeVisible();
  await expect(page.getByRole('link', { name: '粘贴账单' })).toHaveAttribute('aria-current', 'page');
  await pasteAndFind(page, '账单短信或账单文字', '识别账单');

  await expect(page.getByRole('heading', { level: 2, name: '找到 5 笔账单' })).toBeVisible();
  const bills = page.locator('.paste-bills > li');
  await expect(bills).toHaveCount(5);
  await expect(bills.locator('h3')).toHaveText(['招商银行信用卡账单', '花呗账单', '京东白条 12 期', '分期乐 6 期', '小米分期 12 期']);
  await expect(bills.nth(0)).toContainText('最低还款 ¥876.54');
  await expect(bills.nth(2)).toContainText('第 3/12 期');
  // What was not taken as a bill is shown with why.
  await expect(page.getByRole('heading', { level: 2, name: '未当作账单的内容（2 条）' })).toBeVisible();
  await expect(page.locator('.paste-skipped > li strong')).toHaveText(['验证码短信，不是账单', '没有看懂还款日期']);
  expect(await seriousViolations(page)).toEqual([]);

  // The 白条 installment: the editor lays out its 12-period plan around period 3.
  await bills.nth(2).getByRole('button', { name: '核对并添加' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '核对账单：京东白条 12 期' })).toBeFocused();
  await expect(page.getByLabel('分期平台', { exact: true })).toHaveValue('baitiao');
  await expect(page.getByLabel('期数', { exact: true })).toHaveValue('12');
  await expect(page.getByRole('textbox', { name: '首期还款日' })).toHaveValue(addMonths(due(18), -2));
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '添加计划' }).click();

  // Back at the list: the bill says it was added, the rest wait.
  await expect(page.getByRole('heading', { level: 2, name: '找到 5 笔账单' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '已添加“京东白条 12 期”，还有 4 笔待核对。' })).toBeVisible();
  await expect(bills.nth(2)).toContainText('已添加为计划');
  await expect(bills.nth(2).getByRole('button')).toHaveCount(0);

  // The card bill, from the keyboard: a statement of 8,765.43 with its minimum, due on its due date, under
  // the bank's name; the message names no statement date, so the user copies it from the bill.
  await bills.nth(0).getByRole('button', { name: '核对并添加' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('分期平台', { exact: true })).toHaveValue('card');
  await expect(page.getByLabel(/这是一期信用卡账单/)).toBeChecked();
  await expect(page.getByLabel('最低还款额（元）')).toHaveValue('876.54');
  await expect(page.getByRole('textbox', { name: '到期还款日' })).toHaveValue(due(20));
  await page.getByRole('button', { name: '添加计划' }).click();
  await expect(page.getByLabel('账单日', { exact: true })).toBeFocused();
  await page.getByLabel('账单日', { exact: true }).fill(due(0));
  await page.getByRole('button', { name: '添加计划' }).click();
  await expect(page.getByRole('status').filter({ hasText: '还有 3 笔待核对' })).toBeVisible();

  const plans = await storedPlans(worker);
  expect(plans.map((plan) => [plan.title, plan.lender, plan.periods])).toEqual([
    ['京东白条 12 期', expect.objectContaining({ kind: 'baitiao' }), 12],
    ['招商银行信用卡账单', expect.objectContaining({ kind: 'card', name: '招商银行' }), 1],
  ]);
  expect(plans[1]).toMatchObject({
    principal: 876_543,
    firstDueDate: due(20),
    method: 'interest-free',
    card: { statementDate: due(0), minimum: 87_654, dailyRate: 0.0005, basis: 'whole', repeat: true },
  });
});

test.describe('in English', () => {
  test.use({ uiLocale: 'en' });

  test('lists the bills and what was not understood, axe-clean', async ({ openPage }) => {
    const page = await openPage('options.html#paste');
    await expect(page.getByRole('heading', { level: 1, name: 'Paste bill messages' })).toBeVisible();
    await pasteAndFind(page, 'Bill messages or statement text', 'Find bills');
    await expect(page.getByRole('heading', { level: 2, name: 'Found 5 bills' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Not taken as a bill (2)' })).toBeVisible();
    await expect(page.locator('.paste-skipped > li strong')).toHaveText(['A verification code, not a bill', 'No due date could be read']);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/** `date` moved by `months` calendar months, the day clamped to the month's last (as the plan's dates are). */
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), index % 12];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
