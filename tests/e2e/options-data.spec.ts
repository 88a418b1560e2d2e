import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addPlanThroughForm, monthsFromNow, openOptions, storedPlans } from './options-helpers';
import { seed } from './seed';

test('unreadable stored plans are shown as such, exported raw, and discarded only on request', async ({ openPage, worker }) => {
  // Broken data can only get there from outside the extension's own writers: seed it directly.
  const broken = [{ id: 'legacy', title: 42, principal: 'lots' }];
  await seed(worker, { plans: broken as never });
  const page = await openOptions(openPage, '#plans');
  const banner = page.getByRole('alert').filter({ hasText: '有已保存的数据无法读取' });
  await expect(banner).toContainText('分期计划无法读取');
  await expect(page.getByRole('link', { name: '添加分期计划' })).toHaveCount(0);

  // Visiting every page changes nothing.
  for (const hash of ['new', 'settings', 'backup', 'plans']) await page.goto(page.url().replace(/#.*$/, `#${hash}`));
  expect(await storedPlans(worker)).toEqual(broken);

  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '导出原始数据' }).click()]);
  expect(JSON.parse(readFileSync((await download.path()) as string, 'utf8'))['plan:legacy']).toEqual(broken[0]);

  await banner.getByRole('button', { name: '丢弃无法读取的分期计划' }).click();
  await banner.getByRole('button', { name: '确认丢弃' }).click();
  await expect(page.getByText('还没有分期计划。', { exact: false })).toBeVisible();
  await expect(banner).toHaveCount(0);
  const quarantine = await worker.evaluate(
    async () => (await chrome.storage.local.get('quarantine')).quarantine as Array<{ key: string; raw: unknown }>,
  );
  // The original is still kept aside by the background.
  expect(quarantine).toContainEqual(expect.objectContaining({ key: 'plan:legacy', raw: broken[0] }));
});

test('settings are saved at once and the language switches the page', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#settings');
  await expect(page.getByRole('heading', { level: 1, name: '提醒设置' })).toBeVisible();
  await page.getByLabel('提前 3 天').uncheck();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByLabel('每天提醒的时间').selectOption('20');
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  expect(settings).toEqual({ leadDays: [1, 0], reminderHour: 20, overdueNag: true, language: 'en' });
});

test('upcoming installments export as an .ics calendar with a reminder before each', async ({ openPage }) => {
  const page = await openOptions(openPage, '#plans');
  await addPlanThroughForm(page, { title: 'Redmi Note', principal: '1200', periods: '3', feeRate: '0', firstDue: monthsFromNow(1, 15) });
  await page.goto(page.url().replace(/#.*$/, '#backup'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出日历文件（.ics）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^repay-helper-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync((await download.path()) as string, 'utf8').replace(/\r\n[ \t]/g, '');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(ics).toContain('SUMMARY:还款：Redmi Note 第 1/3 期 ¥400.00');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${monthsFromNow(1, 15).replaceAll('-', '')}`);
  // Default reminders: 3 days and 1 day before at 09:00, and 09:00 on the day.
  expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(9);
  expect(ics).toContain('TRIGGER:-PT3780M');
});
