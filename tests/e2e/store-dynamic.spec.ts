import { largePageHtml } from '../fixtures/store/large-page';
import { expect, test } from './fixtures';
import { fixtureHtml, marks, openStorePage, panel, panelElement, scanCount } from './store-helpers';

test('a plan that loads after a second is marked when it arrives, and lazy rows are read as they come', async ({ context }) => {
  const page = await openStorePage(context, 'https://www.mi.com/order/installment/5201314', fixtureHtml('late-plan.html'));
  await expect.poll(() => scanCount(page)).toBeGreaterThanOrEqual(1);
  expect(await marks(page)).toEqual([]);
  await expect(page.locator('body')).toHaveAttribute('data-loaded', '1', { timeout: 5000 });
  await expect.poll(() => marks(page)).toEqual(['field:div.row', 'action:button.pay', 'plan:div.plan']);
  await expect(panel(page, 'import')).toContainText('本页可读取 3 期还款');
  await page.evaluate(() => (window as unknown as { loadMoreRows: () => void }).loadMoreRows());
  await expect(panel(page, 'import')).toContainText('本页可读取 6 期还款');
});

test('an SPA route change re-reads the page, and leaving the route clears it', async ({ context }) => {
  const page = await openStorePage(context, 'https://www.mi.com/orders', fixtureHtml('spa-route.html'));
  await expect.poll(() => scanCount(page)).toBe(1);
  expect(await marks(page)).toEqual([]);
  const go = (path: string) => page.evaluate((p) => (window as unknown as { go: (p: string) => void }).go(p), path);

  await go('/orders/5201314/installment');
  await expect(panel(page, 'page')).toHaveText('本页显示：2027年2月20日 应还 ¥215.40');
  expect(await marks(page)).toEqual(['field:div.due', 'field:div.date', 'plan:div.plan', 'action:button.pay']);
  await expect(panel(page, 'import')).toContainText('本页可读取 11 期还款');

  await go('/orders');
  await expect(panelElement(page)).toHaveCount(0);
  expect(await marks(page)).toEqual([]);
});

test('the 10,000-element page: marked right, then idle while the page is quiet', async ({ context }) => {
  const page = await openStorePage(context, 'https://www.mi.com/user/orders', largePageHtml());
  expect(await page.locator('*').count()).toBeGreaterThan(10_000);
  await expect(panel(page, 'page')).toHaveText('本页显示：2027年3月8日 应还 ¥2,288.00');
  expect(await marks(page)).toEqual(['label:div.bill-title', 'field:div.kv', 'field:div.kv', 'action:button.pay', 'plan:div.plan']);
  const settled = await scanCount(page);
  await page.waitForTimeout(1500);
  expect(await scanCount(page)).toBe(settled);
  // A page change costs exactly one more scan, however many nodes it touches.
  await page.evaluate(() => {
    const list = document.querySelector('.orders') as HTMLElement;
    for (let i = 0; i < 100; i++) list.append(Object.assign(document.createElement('li'), { textContent: `新订单 ${i}` }));
  });
  await expect.poll(() => scanCount(page)).toBe(settled + 1);
  await page.waitForTimeout(500);
  expect(await scanCount(page)).toBe(settled + 1);
});

test('when the extension goes away (reload), the page is left as it was', async ({ context, worker }) => {
  const page = await openStorePage(context, 'https://jr.mi.com/installment/bill', fixtureHtml('bill-table.html'));
  await expect(panelElement(page)).toHaveCount(1);
  expect((await marks(page)).length).toBeGreaterThan(0);
  await worker.evaluate(() => chrome.runtime.reload());
  // The orphaned script notices at its next batch: give the page a change to react to.
  await page.waitForTimeout(300);
  await page.evaluate(() => document.body.append(document.createElement('div')));
  await expect(panelElement(page)).toHaveCount(0);
  expect(await marks(page)).toEqual([]);
  expect(await page.locator('style').count()).toBe(1);
});
