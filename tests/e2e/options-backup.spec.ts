import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPlanThroughForm, monthsFromNow, openOptions, storedPlans } from './options-helpers';

async function exportBackup(page: Page): Promise<{ name: string; text: string }> {
  await page.goto(page.url().replace(/#.*$/, '#backup'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) as string, 'utf8') };
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('选择备份文件').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a backup exported and imported again restores exactly the same data', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  await addPlanThroughForm(page, {
    title: '小米 15 Pro',
    principal: '12000',
    periods: '12',
    feeRate: '0.6',
    firstDue: monthsFromNow(-2, 10),
  });
  await addPlanThroughForm(page, { title: 'Laptop', principal: '6000', periods: '6', feeRate: '0', firstDue: monthsFromNow(1, 3) });
  const original = await storedPlans(worker);
  const exported = await exportBackup(page);
  expect(exported.name).toMatch(/^repay-helper-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  expect(file).toMatchObject({ format: 'repay-helper-backup', version: 1 });
  expect(file.plans).toEqual(original);

  // Change the data after the export: delete one plan.
  await page.goto(page.url().replace(/#.*$/, '#plans'));
  await page.getByRole('article', { name: 'Laptop' }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('article', { name: 'Laptop' })).toHaveCount(0);
  const changed = await storedPlans(worker);

  await page.goto(page.url().replace(/#.*$/, '#backup'));
  await chooseFile(page, exported.name, exported.text);
  const preview = page.getByRole('region', { name: '导入后会发生的变化' });
  await expect(preview.locator('[data-diff="added"]')).toHaveText('新增 1 个计划：Laptop');
  await expect(preview.locator('[data-diff="unchanged"]')).toHaveText('1 个计划不变');
  // Nothing changes before the user confirms.
  expect(await storedPlans(worker)).toEqual(changed);
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 2 个计划。')).toBeVisible();
  expect(await storedPlans(worker)).toEqual(original);

  // The state before the import can be brought back once.
  await page.getByRole('button', { name: '恢复导入前的数据' }).click();
  await expect(page.getByText('已恢复导入前的数据（1 个计划）。')).toBeVisible();
  expect(await storedPlans(worker)).toEqual(changed);
});

test('a broken or foreign file is rejected whole and the data stays as it was', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  await addPlanThroughForm(page, { title: 'Phone', principal: '3000', periods: '3', feeRate: '0.5', firstDue: monthsFromNow(1, 1) });
  const exported = await exportBackup(page);
  const before = await storedPlans(worker);
  const alert = page.getByRole('alert');

  await chooseFile(page, 'notes.json', 'these are my notes, not json');
  await expect(alert).toContainText('这不是还款助手的备份文件');
  await expect(alert).toContainText('现有数据没有任何改动。');

  await chooseFile(page, 'other.json', JSON.stringify({ format: 'another-app', items: [] }));
  await expect(alert).toContainText('这不是还款助手的备份文件');

  const newer = { ...JSON.parse(exported.text), version: 2 };
  await chooseFile(page, 'newer.json', JSON.stringify(newer));
  await expect(alert).toContainText('备份文件版本过新，请先更新还款助手');

  // One bad plan among good ones: the whole file is refused, with where and why.
  const broken = JSON.parse(exported.text);
  broken.plans.push({ ...broken.plans[0], id: 'second', principal: -100 });
  await chooseFile(page, 'broken.json', JSON.stringify(broken));
  await expect(alert).toContainText('备份文件内容有误');
  await expect(alert).toContainText('第 2 个计划（Phone）的本金：金额必须大于 0');
  await expect(alert).not.toContainText('plans.1');

  // A file cut short (a download that stopped half way) is damaged, not someone else's.
  await chooseFile(page, 'cut.json', exported.text.slice(0, 300));
  await expect(alert).toContainText('备份文件已损坏');

  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  expect(await storedPlans(worker)).toEqual(before);
});

test('a backup over the caps is refused at once, naming the cap, and the data and restore point stay', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  await addPlanThroughForm(page, { title: 'Phone', principal: '3000', periods: '3', feeRate: '0.5', firstDue: monthsFromNow(1, 1) });
  const exported = await exportBackup(page);
  const before = await storedPlans(worker);
  const alert = page.getByRole('alert');

  // 6 MB: refused from the file's size, before it is read.
  await chooseFile(page, 'huge.json', `{"format":"repay-helper-backup","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`);
  await expect(alert).toContainText('备份文件超过 5 MB，无法导入');

  // 50,000 plans in a small file: refused by counting, before any plan is validated.
  const flood = { ...JSON.parse(exported.text), plans: Array.from({ length: 50_000 }, () => ({})) };
  await chooseFile(page, 'flood.json', JSON.stringify(flood));
  await expect(alert).toContainText('备份文件中的计划超过 2,000 个，无法导入');

  // The same flood sent straight to the background (as a hostile extension page could) is refused too.
  const answer = await page.evaluate(
    (backup) =>
      chrome.runtime.sendMessage({
        id: 1,
        type: 'importBackup',
        data: { clientId: 'flood-import', input: { backup } },
        timestamp: Date.now(),
      }),
    flood,
  );
  expect(answer.res).toMatchObject({ ok: false, error: { message: 'err.backupTooManyPlans' } });
  expect(await storedPlans(worker)).toEqual(before);
  expect((await worker.evaluate(() => chrome.storage.local.get('preImport'))).preImport).toBeUndefined();
});
