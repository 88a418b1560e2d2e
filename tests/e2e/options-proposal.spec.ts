import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openOptions, storedPlans } from './options-helpers';
import { fixtureHtml, openStorePage, panelFrame } from './store-helpers';

const BILL_URL = 'https://jr.mi.com/installment/bill?orderId=5201314';

/** The store page's "add to Repay Helper" opens the options page on the proposal. */
async function proposeFromStore(context: BrowserContext, extensionId: string, openPage: (path: string) => Promise<Page>): Promise<Page> {
  // A tab the extension opens may read the UI language before Playwright's locale emulation reaches it;
  // choosing the language in settings, as a user can, makes the page's language certain.
  const settings = await openOptions(openPage, '#settings');
  await settings.getByLabel('中文').check();
  await expect(settings.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await settings.close();
  const store = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  await panelFrame(store).getByRole('button', { name: '添加到还款助手' }).click();
  const options = await opened;
  await expect(options.getByRole('heading', { level: 1, name: '确认导入的分期计划' })).toBeVisible();
  return options;
}

test('a plan read from the store page is confirmed in the prefilled editor', async ({ context, extensionId, worker, openPage }) => {
  const page = await proposeFromStore(context, extensionId, openPage);
  await expect(page.getByText('从 https://jr.mi.com/installment/bill 读取到以下应还款项')).toBeVisible();
  await expect(page.getByLabel('计划名称')).toHaveValue('小米分期 12 期');
  await expect(page.getByLabel('期数', { exact: true })).toHaveValue('12');
  await expect(page.getByLabel('首期还款日')).toHaveValue('2027-01-10');
  await expect(page.getByLabel('分期平台', { exact: true })).toHaveValue('xiaomi');
  // The page gives amounts per period only; the user supplies the principal and the fee.
  await page.getByLabel('计费方式').selectOption('fee');
  await page.getByLabel('分期本金（元）').fill('12000');
  await page.getByLabel('每期手续费率（%）').fill('0.6');
  await expect(page.getByText('每期约 ¥1,072.00，共 12 期')).toBeVisible();
  await page.getByRole('button', { name: '添加计划' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '小米分期 12 期' })).toBeVisible();

  expect(await storedPlans(worker)).toEqual([
    expect.objectContaining({ title: '小米分期 12 期', principal: 1_200_000, rate: 0.006, firstDueDate: '2027-01-10' }),
  ]);
  expect((await worker.evaluate(() => chrome.storage.local.get('importProposal'))).importProposal).toBeUndefined();
});

test('a proposal can be dismissed without adding anything', async ({ context, extensionId, worker, openPage }) => {
  const page = await proposeFromStore(context, extensionId, openPage);
  await page.getByRole('button', { name: '不导入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '分期计划' })).toBeVisible();
  expect(await storedPlans(worker)).toEqual([]);
  expect((await worker.evaluate(() => chrome.storage.local.get('importProposal'))).importProposal).toBeUndefined();
});
