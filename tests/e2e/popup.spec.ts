import { expect, test } from './fixtures';
import { seed, seedPlan, shanghaiDate } from './seed';

test('a new user sees what the extension does and how to start', async ({ openPage, networkLog }) => {
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { name: '还没有分期计划' })).toBeVisible();
  await expect(popup.getByRole('button', { name: '添加第一笔分期' })).toBeVisible();
  await expect(popup.getByText('额度显示为 0 并不代表不用还')).toBeVisible();
  expect(networkLog).toEqual([]);
});

test('lists a stored plan’s next installment, with the badge set', async ({ worker, openPage }) => {
  await seed(worker, { plans: [seedPlan({ firstDueDate: shanghaiDate(2), autoRepay: true })] });
  const popup = await openPage('popup.html');
  const row = popup.getByRole('listitem').filter({ hasText: '小米 15 Pro' });
  await expect(row).toContainText('小米分期 · 小米 15 Pro');
  await expect(row).toContainText('第 1/12 期');
  await expect(row).toContainText('¥1,072.00');
  await expect(row).toContainText('后天');
  await expect(row).toContainText('自动还款 · 招行 ****1234');
  await expect(popup.getByRole('region', { name: '7 天内' })).toContainText('¥1,072.00');
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});

test('marks an installment paid, and undoes it', async ({ worker, openPage }) => {
  await seed(worker, { plans: [seedPlan({ firstDueDate: shanghaiDate(0) })] });
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: '标记 小米分期 · 小米 15 Pro 第 1 期已还款' }).click();
  await expect(popup.getByRole('status').filter({ hasText: '已记录 小米 15 Pro 第 1 期还款' })).toBeVisible();
  // The next period moves up, the paid one is gone.
  await expect(popup.getByRole('region', { name: '今天' })).toHaveCount(0);
  await popup.getByRole('button', { name: '撤销' }).click();
  await expect(popup.getByRole('region', { name: '今天' })).toContainText('¥1,072.00');
});

test.describe('in English', () => {
  test.use({ uiLocale: 'en-US' });

  test('follows the browser language', async ({ worker, openPage }) => {
    await seed(worker, { plans: [seedPlan({ firstDueDate: shanghaiDate(-3), graceDays: 0 })] });
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('alert')).toContainText('¥1,072.00 overdue');
    const row = popup.getByRole('region', { name: 'Overdue' }).getByRole('listitem');
    await expect(row).toContainText('3 days late');
    await expect(row).toContainText('Period 1/12');
  });
});
