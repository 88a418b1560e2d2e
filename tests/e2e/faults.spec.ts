import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addPlanThroughForm, monthsFromNow, openOptions } from './options-helpers';
import { seed, seedPlan, shanghaiDate, stored, until } from './seed';

// Faults a user's data can meet (a full disk, a damaged file, another extension's writes): each
// leaves a way out, and no view shows what may no longer be true.

test('a corrupt quarantine and an unreadable plan: no stale agenda, the plan can be discarded, new plans added', async ({
  openPage,
  worker,
}) => {
  await seed(worker, { plans: [seedPlan({ id: 'good', firstDueDate: shanghaiDate(2) }), seedPlan({ id: 'bad', title: 'Broken' })] });
  await until(
    () => stored<{ today?: string } | undefined>(worker, 'agenda'),
    (agenda) => agenda?.today === shanghaiDate(0),
  );
  await seed(worker, { quarantine: 'not a list', 'plan:bad': { id: 'bad', principal: 'lots' } });
  await until(
    () => stored(worker, 'agenda'),
    (agenda) => agenda === undefined,
  );

  const popup = await openPage('popup.html');
  await expect(popup.getByRole('alert')).toContainText('已保存的数据无法读取');
  await expect(popup.locator('.row')).toHaveCount(0);

  const page = await openOptions(openPage, '#plans');
  const banner = page.getByRole('alert').filter({ hasText: '有已保存的数据无法读取' });
  await expect(banner).toContainText('分期计划无法读取');
  // The quarantine cannot take a copy: the user's own file is where the broken plan is saved, before it goes.
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '导出原始数据' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as Record<string, unknown>;
  expect(saved['plan:bad']).toEqual({ id: 'bad', principal: 'lots' });
  expect(saved.quarantine).toBe('not a list');
  await banner.getByRole('button', { name: '丢弃无法读取的分期计划' }).click();
  await banner.getByRole('button', { name: '确认丢弃' }).click();
  await expect(banner).toHaveCount(0);
  expect(await stored(worker, 'plan:bad')).toBeUndefined();
  await addPlanThroughForm(page, { title: 'Phone', principal: '3000', periods: '3', feeRate: '0.5', firstDue: monthsFromNow(1, 1) });
  expect(await stored(worker, 'quarantine')).toBe('not a list');
  await popup.reload();
  await expect(popup.locator('.row').first()).toBeVisible();
});

test('a sent-log that cannot be read is reported like the other values, not silently replaced', async ({ openPage, worker }) => {
  // Damaged first (as it would be found on start), then a plan whose reminder is due.
  await seed(worker, { sentLog: { broken: true } });
  await seed(worker, { plans: [seedPlan({ firstDueDate: shanghaiDate(1) })] });
  const page = await openOptions(openPage, '#plans');
  const banner = page.getByRole('alert').filter({ hasText: '有已保存的数据无法读取' });
  await expect(banner).toContainText('提醒记录无法读取');
  // The reminder due tomorrow goes out, and the damaged log is still there to be saved.
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => Object.keys(all).length === 1,
  );
  expect(await stored(worker, 'sentLog')).toEqual({ broken: true });
  await banner.getByRole('button', { name: '丢弃无法读取的提醒记录' }).click();
  await banner.getByRole('button', { name: '确认丢弃' }).click();
  await expect(banner).toHaveCount(0);
});

test('data from a newer version is shown read-only with a clear banner, and nothing is rewritten', async ({ openPage, worker }) => {
  const future = { ...seedPlan({ firstDueDate: shanghaiDate(-40) }), installmentFees: [{ period: 1, fee: 100 }] };
  await seed(worker, { plans: [future as never] });
  await seed(worker, { plans$: { v: 4 } });
  const page = await openOptions(openPage, `#plan/${future.id}`);
  await expect(page.getByRole('alert').filter({ hasText: '数据来自更新版本的还款助手' })).toBeVisible();
  await page.getByRole('button', { name: '记录还款（第 1 期）' }).click();
  await page.getByRole('form', { name: '记录第 1 期还款' }).getByRole('button', { name: '记录还款' }).click();
  await expect(page.getByText('这些数据来自更新版本的还款助手，请先更新扩展；在此之前不会改动任何数据')).toBeVisible();
  expect(await stored(worker, `plan:${future.id}`)).toEqual(future);
  expect(await stored(worker, 'plans$')).toEqual({ v: 4 });
});
