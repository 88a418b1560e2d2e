import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { seed, seedPlan, shanghaiDate, storedPlans, until } from './seed';

// Everyday use of the popup in real Chromium: what is listed, paying, auto-repay's question and the
// failed-debit help, snoozing by keyboard, and notifications that leave with their installment.

interface StoredPlan {
  payments: Array<{ period: number; amount: number; date: string }>;
  debitFailed?: number[];
}
type Helper = { repayHelper: { onNotificationButtonClicked(id: string, i: number): Promise<unknown>; reconcile(): Promise<unknown> } };
const SETTINGS = { leadDays: [3, 1, 0], reminderHour: 0, overdueNag: true, language: 'zh-CN' };

test('lists every installment due within 30 days as rows, each in its section; only what lies beyond is folded', async ({
  worker,
  openPage,
}) => {
  await seed(worker, {
    plans: [
      seedPlan({ id: 'late', title: '逾期手机', firstDueDate: shanghaiDate(-3), graceDays: 0 }),
      seedPlan({ id: 'today', title: '今天手环', firstDueDate: shanghaiDate(0), periods: 3, principal: 30_000 }),
      seedPlan({ id: 'week', title: '本周手表', firstDueDate: shanghaiDate(4), periods: 3, principal: 60_000 }),
      // The reported case: due 10, 14 and 15 days ahead, across a month end or not, all listed.
      seedPlan({ id: 'd10', title: '十天耳机', firstDueDate: shanghaiDate(10), periods: 3, principal: 90_000 }),
      seedPlan({ id: 'd15', title: '半月电视', firstDueDate: shanghaiDate(15), periods: 3, principal: 120_000 }),
    ],
  });
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('region', { name: '已逾期' })).toContainText('逾期手机');
  await expect(popup.getByRole('region', { name: '今天' })).toContainText('今天手环');
  await expect(popup.getByRole('region', { name: '7 天内' })).toContainText('本周手表');
  const soon = popup.getByRole('region', { name: '30 天内' });
  await expect(soon).toContainText('十天耳机');
  await expect(soon).toContainText('半月电视');
  // Every listed row's amount adds up to the header's figure, which counts the late one and says so.
  const listed = await popup.locator('section .row__amount').allTextContents();
  const sum = listed.reduce((total, text) => total + Math.round(Number(text.replace(/[¥,]/g, '')) * 100), 0);
  const header = await popup.getByText('未来 30 天应还（含逾期）').locator('xpath=following-sibling::dd').textContent();
  expect(Math.round(Number(header?.replace(/[¥,]/g, '')) * 100)).toBe(sum);
  await expect(popup.locator('details.section')).not.toHaveAttribute('open', '');
});

test('a bank-card plan’s repay button says where to repay and opens the help, not jr.mi.com', async ({ worker, openPage, context }) => {
  await seed(worker, {
    plans: [seedPlan({ id: 'card', lender: { kind: 'card', name: '招商银行' }, repayUrl: '', firstDueDate: shanghaiDate(2) })],
    // Chosen, not 'auto': a tab the extension opens itself can run its first script before Playwright's
    // locale emulation reaches it, and this headless Chromium's own UI language is en-US.
    settings: { leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'zh-CN' },
  });
  const popup = await openPage('popup.html');
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: '在发卡银行 App 还款' }).click();
  const tab = await opened;
  await tab.waitForURL(/options\.html#help\/card$/);
  // The help opens at its checklist, with this plan's customer service (a bank card has none prefilled).
  await expect(tab.getByRole('heading', { name: '还款失败或金额不对时的检查清单' })).toBeInViewport();
  await expect(tab.locator('[data-contact="card"]')).toContainText('没有记下客服电话');
});

test('auto-repay: the day after asks, "没有扣款" opens the failed-debit help; the notification’s "扣款成功" records the payment', async ({
  worker,
  openPage,
}) => {
  await seed(worker, {
    settings: SETTINGS,
    plans: [
      seedPlan({ id: 'auto', firstDueDate: shanghaiDate(-1), autoRepay: true }),
      seedPlan({ id: 'auto2', title: 'Redmi Buds', firstDueDate: shanghaiDate(-1), autoRepay: true, periods: 3, principal: 29_900 }),
    ],
  });
  // The question comes as its own notification, one per installment, with yes and no buttons.
  const shown = await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => 'rhd|auto:1' in all && 'rhd|auto2:1' in all,
  );
  expect(Object.keys(shown).sort()).toEqual(['rhd|auto2:1', 'rhd|auto:1']);

  const popup = await openPage('popup.html');
  const asking = popup.getByRole('region', { name: '待确认扣款' });
  await expect(asking.getByText('自动扣款成功了吗？')).toHaveCount(2);
  await expect(popup.getByRole('region', { name: '已逾期' })).toHaveCount(0);
  await popup.getByRole('button', { name: '没有扣款：小米分期 · 小米 15 Pro 第 1 期' }).click();
  const help = popup.getByRole('region', { name: '小米分期 · 小米 15 Pro 第 1 期没有扣款成功' });
  await expect(help).toContainText('扣款账户（招行 ****1234）余额是否足够');
  await expect(help).toContainText('单笔或单日支付限额');
  await expect(help).toContainText('已过期、挂失或换过卡');
  await expect(help).toContainText('每天 0:00（北京时间）提醒一次');
  await expect(help.getByRole('link', { name: '客服网站' })).toHaveAttribute('href', 'https://jr.mi.com/');
  await expect(popup.locator('#late-help-title')).toBeFocused();
  expect(await seriousViolations(popup)).toEqual([]);
  await until(
    () => storedPlans<StoredPlan & { id: string }>(worker),
    (plans) => plans.find((plan) => plan.id === 'auto')?.debitFailed?.[0] === 1,
  );
  // Now late: the row says the debit failed; its question notification is gone.
  await expect(popup.getByRole('region', { name: '已逾期' })).toContainText('扣款失败');
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => !('rhd|auto:1' in all),
  );

  await worker.evaluate(() => (globalThis as unknown as Helper).repayHelper.onNotificationButtonClicked('rhd|auto2:1', 0));
  const plans = await storedPlans<StoredPlan & { id: string }>(worker);
  // What period 1 owed, dated its due date: the day the debit was taken.
  expect(plans.find((plan) => plan.id === 'auto2')?.payments).toEqual([expect.objectContaining({ period: 1, date: shanghaiDate(-1) })]);
  await expect(popup.getByRole('region', { name: '待确认扣款' })).toHaveCount(0);
});

test('marking paid in the popup closes the installment’s notification; the row leaves at once', async ({ worker, openPage }) => {
  await seed(worker, { settings: SETTINGS, plans: [seedPlan({ id: 'due', firstDueDate: shanghaiDate(0) })] });
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => 'rh|due:1' in all,
  );
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: '标记 小米分期 · 小米 15 Pro 第 1 期已还款' }).click();
  await expect(popup.getByRole('button', { name: '标记 小米分期 · 小米 15 Pro 第 1 期已还款' })).toHaveCount(0);
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => Object.keys(all).length === 0,
  );
});

test('snoozes from the keyboard: the menu takes focus, Escape closes it, Enter picks a time', async ({ worker, openPage }) => {
  await seed(worker, { plans: [seedPlan({ id: 'soon', firstDueDate: shanghaiDate(10) })] });
  const popup = await openPage('popup.html');
  const toggle = popup.getByRole('button', { name: '稍后提醒：小米分期 · 小米 15 Pro 第 1 期' });
  await toggle.focus();
  await popup.keyboard.press('Enter');
  const menu = popup.getByRole('group', { name: '什么时候再提醒' });
  // Due in 10 days: tomorrow, 3 days before and the due day, after "later today" unless that would fall tomorrow.
  await expect(menu.getByRole('button').nth(-3)).toHaveText(/^明天 \d\d:\d\d$/);
  await expect(menu.getByRole('button').nth(-2)).toHaveText(/^到期前 3 天/);
  await expect(menu.getByRole('button').nth(-1)).toHaveText(/^到期当天/);
  await expect(menu.getByRole('button').first()).toBeFocused();
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await popup.keyboard.press('Enter');
  await popup
    .getByRole('group', { name: '什么时候再提醒' })
    .getByRole('button', { name: /到期当天/ })
    .focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.toast')).toContainText('（北京时间）再提醒');
  const [plan] = await storedPlans<{ snoozes: Array<{ period: number; until: number }> }>(worker);
  expect(plan?.snoozes).toEqual([{ period: 1, until: Date.parse(`${shanghaiDate(10)}T01:00:00Z`) }]);
});
