import { expect, test } from './fixtures';
import { seed, seedPlan } from './seed';
import { clickInPanel, fixtureHtml, marks, openStorePage, panel, panelElement, panelFrame, scanCount } from './store-helpers';

const BILL_URL = 'https://jr.mi.com/installment/bill?orderId=5201314';

test('marks the repay button, fields and plan on the <table> bill page, and offers the import', async ({ context, worker }) => {
  await worker.evaluate(() => chrome.storage.local.clear());
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect(panel(page, 'import')).toBeVisible();
  expect(await marks(page)).toEqual([
    'label:div.bill-title',
    'field:div.bill-amount',
    'field:div.bill-date',
    'action:button.btn repay-btn',
    'action:a.link',
    'field:div.card auto',
    'plan:div.card plan',
  ]);
  await expect(panel(page, 'page')).toHaveText('本页显示：2027年1月10日 应还 ¥1,072.00');
  await expect(panel(page, 'import')).toContainText('本页可读取 12 期还款');

  // The highlight is an outline only: the page's own button still gets the click.
  await page.evaluate(() => {
    document.querySelector('.repay-btn')?.addEventListener('click', () => {
      document.body.dataset.repayClicked = 'yes';
    });
  });
  await page.locator('.repay-btn').click();
  await expect(page.locator('body')).toHaveAttribute('data-repay-clicked', 'yes');
  const outline = await page.locator('.repay-btn').evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).toBe('solid');
});

test('an import proposal reaches the extension UI', async ({ context, worker, extensionId }) => {
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  await clickInPanel(panelFrame(page).getByRole('button', { name: '添加到还款助手' }));
  const options = await opened;
  expect(options.url()).toContain('#import-proposal');
  // The options page shows what the store page read, for the user to confirm.
  await expect(options.getByText('https://jr.mi.com/installment/bill')).toBeVisible();
  const stored = (await worker.evaluate(() => chrome.storage.local.get('importProposal'))).importProposal as Record<string, unknown>;
  expect(stored).toMatchObject({ sourceUrl: 'https://jr.mi.com/installment/bill', title: '小米分期 12 期', periods: 12 });
  expect((stored.installments as unknown[]).length).toBe(12);
  // The row's 本金 and 手续费 travel with it: the confirmation infers the fee rate from them.
  expect((stored.installments as unknown[])[0]).toEqual({
    period: 1,
    dueDate: '2027-01-10',
    amount: 107200,
    paid: false,
    principal: 100000,
    charge: 7200,
  });
  await expect(panel(page, 'import')).toContainText('已发送');
});

test('with the plan stored: the next payment, and no import offer', async ({ context, worker }) => {
  // 12,000.00 over 12 periods at 0.6 % a period: ¥1,072.00 a month, as the page says.
  await seed(worker, { plans: [seedPlan({ title: 'Xiaomi 15 Pro', firstDueDate: '2027-01-10' })] });
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect(panel(page, 'next')).toHaveText('2027年1月10日 应还 ¥1,072.00 · 第 1/12 期');
  await expect(panel(page, 'mismatch')).toHaveCount(0);
  await expect(panel(page, 'import')).toHaveCount(0);
});

test('with a stored plan that disagrees: the mismatch warning and its checklist', async ({ context, worker }) => {
  // 0.5 % a period makes ¥1,060.00 a month; the page says ¥1,072.00.
  await seed(worker, { plans: [seedPlan({ title: 'Xiaomi 15 Pro', firstDueDate: '2027-01-10', rate: 0.005 })] });
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  const warning = panel(page, 'mismatch');
  await expect(warning).toContainText('2027年1月10日 的金额：本页 ¥1,072.00，记录 ¥1,060.00');
  await expect(warning.locator('li')).toHaveCount(5);
  await expect(warning).toHaveAttribute('role', 'alert');
});

test('the mobile page: split labels and amounts, full-width figures, <div> plan rows', async ({ context }) => {
  const page = await openStorePage(context, 'https://jr.mi.com/h5/bill', fixtureHtml('bill-divs.html'));
  await expect(panel(page, 'page')).toHaveText('本页显示：2027年1月10日 应还 ¥1,072.00');
  expect(await marks(page)).toEqual(['field:div.summary', 'field:div.due', 'action:div.btn-primary', 'plan:div.section']);
  await expect(panel(page, 'import')).toContainText('本页可读取 5 期还款');
  expect(await scanCount(page)).toBe(1);
});

test('the limit-used-up page says installments are still due', async ({ context }) => {
  const page = await openStorePage(context, 'https://jr.mi.com/home', fixtureHtml('zero-limit.html'));
  await expect(panel(page, 'zero-limit')).toHaveText(
    '可用额度为 0 不代表不用还款：已有的分期仍需按期还清。下一期：2027年1月10日 应还 ¥1,072.00',
  );
  expect(await marks(page)).toContain('action:a.repay');
});

test('a product page with nothing to highlight stays untouched', async ({ context }) => {
  const page = await openStorePage(context, 'https://www.mi.com/xiaomi-15-pro', fixtureHtml('nothing.html'));
  await expect.poll(() => scanCount(page)).toBe(1);
  expect(await marks(page)).toEqual([]);
  await expect(panelElement(page)).toHaveCount(0);
  expect(await page.locator('style').count()).toBe(0);
});

test('a page with a strict Content-Security-Policy still gets the highlight and a styled panel', async ({ context }) => {
  const csp = { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" };
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'), csp);
  await expect(panel(page, 'import')).toBeVisible();
  expect(await page.locator('.repay-btn').evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
  expect(await panelElement(page).evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
  expect(await panel(page, 'import').evaluate((e) => getComputedStyle(e.closest('.panel') as Element).borderRadius)).toBe('10px');
});

test('the content script runs on exactly the store origins the extension has host access to', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.content_scripts).toEqual([
    { matches: manifest.host_permissions, js: ['content-scripts/store.js'], run_at: 'document_idle' },
  ]);
  expect(manifest.host_permissions).toEqual(['*://*.mi.com/*', '*://mi.com/*']);
});

test('pages outside the store are never touched', async ({ context }) => {
  const page = await openStorePage(context, 'https://jr.example.com/installment/bill', fixtureHtml('bill-table.html'));
  await page.waitForTimeout(500);
  expect(await marks(page)).toEqual([]);
  expect(await scanCount(page)).toBe(0);
});

test('the panel speaks the language chosen in settings, not only the browser’s', async ({ context, worker }) => {
  await seed(worker, { settings: { leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'en' } });
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect(panel(page, 'page')).toHaveText('This page shows ¥1,072.00 due Jan 10, 2027');
});
