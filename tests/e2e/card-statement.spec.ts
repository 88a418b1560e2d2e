import { type CardPlan, minimumPaymentCost, statementOf } from '../../lib/core/card-statement';
import { addDays, addMonthsClamped } from '../../lib/core/dates';
import { formatMoney } from '../../lib/core/money';
import { makeStatement, STATEMENT_PART } from '../unit/core/plan-factory';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { seed, shanghaiDate, storedPlans, until } from './seed';

// A card statement as a user lives with it: last month's 招行 statement, paid, set to repeat. Today is its
// next statement date: the background asks for the new statement, its notification opens the editor
// filled from last month's, and the new statement shows what paying only its minimum would cost.

const today = shanghaiDate(0);
const lastStatement = addMonthsClamped(today, -1);
const LAST = makeStatement({
  id: 'cmb-last',
  repayUrl: '',
  firstDueDate: addDays(lastStatement, 18),
  payments: [{ id: 'paid', period: 1, amount: 345_678, date: addDays(lastStatement, 15), note: '' }],
  card: { ...STATEMENT_PART, statementDate: lastStatement },
});
// Reminder hour 0: today's reminders are due from midnight (Shanghai). Language chosen, not 'auto': the tab
// the notification opens can run its first script before Playwright's locale emulation reaches it.
const SETTINGS = { leadDays: [3, 1, 0], reminderHour: 0, overdueNag: true, language: 'zh-CN' };

test('the next statement is asked for on its date, entered from the notification, and costed', async ({ worker, context }) => {
  await seed(worker, { settings: SETTINGS, plans: [LAST] });
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => 'rhs|cmb-last:1' in all,
  );

  const opened = context.waitForEvent('page');
  await worker.evaluate(() =>
    (
      globalThis as unknown as { repayHelper: { onNotificationButtonClicked(id: string, i: number): Promise<unknown> } }
    ).repayHelper.onNotificationButtonClicked('rhs|cmb-last:1', 0),
  );
  const page = await opened;
  await page.waitForURL(/options\.html#plan\/cmb-last\/next$/);
  await expect(page.getByRole('heading', { level: 1, name: '录入下期账单：招行信用卡' })).toBeFocused();
  await expect(page.getByLabel('账单日', { exact: true })).toHaveValue(today);
  await expect(page.getByLabel('到期还款日', { exact: true })).toHaveValue(addMonthsClamped(LAST.firstDueDate, 1));
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('本期账单金额（元）').fill('2,468.10');
  await page.getByLabel('最低还款额（元）').fill('246.81');
  await page.getByRole('button', { name: '添加计划' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '招行信用卡' })).toBeFocused();

  const added = (await storedPlans(worker)).find((plan) => plan.id !== LAST.id) as CardPlan;
  expect(added).toMatchObject({ principal: 246_810, periods: 1, card: { statementDate: today, minimum: 24_681, follows: LAST.id } });
  const { interest } = minimumPaymentCost(statementOf(added));
  await expect(page.locator('[data-figure="minimum-cost"]')).toHaveText(`只还最低还款额，预计利息 ${formatMoney(interest, 'zh-CN')}`);
  expect(await seriousViolations(page)).toEqual([]);

  // Entered: the question closes, and last month's page no longer offers to enter it.
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => !('rhs|cmb-last:1' in all),
  );
  await page.goto(page.url().replace(/#.*$/, '#plan/cmb-last'));
  await expect(page.getByRole('heading', { level: 2, name: '信用卡账单' })).toBeVisible();
  await expect(page.getByRole('link', { name: '录入下期账单' })).toHaveCount(0);
});

test('a statement is added from the plan editor with the keyboard, and reminded of before its due date', async ({ worker, openPage }) => {
  await seed(worker, { settings: SETTINGS });
  const page = await openPage('options.html#new');
  await expect(page.getByRole('heading', { level: 1, name: '添加分期计划' })).toBeFocused();
  await page.getByLabel('分期平台', { exact: true }).selectOption('card');
  const isStatement = page.getByLabel(/这是一期信用卡账单/);
  await isStatement.focus();
  await page.keyboard.press('Space');
  await expect(isStatement).toBeChecked();
  await expect(page.getByLabel('期数', { exact: true })).toHaveCount(0);
  await page.getByLabel('计划名称').fill('工行信用卡');
  await page.getByLabel('本期账单金额（元）').fill('1000');
  await page.getByLabel('账单日', { exact: true }).fill(shanghaiDate(-19));
  await page.getByLabel('到期还款日', { exact: true }).fill(shanghaiDate(1));
  await page.getByLabel('最低还款额（元）').fill('100');
  await page.getByLabel('最低还款额（元）').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '工行信用卡' })).toBeFocused();
  const [plan] = await storedPlans(worker);
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => `rh|${plan?.id}:1` in all,
  );
});
