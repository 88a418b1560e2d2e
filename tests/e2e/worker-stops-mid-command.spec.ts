import { expect, test } from './fixtures';
import { openOptions } from './options-helpers';
import { seed, seedPlan } from './seed';

// The browser may stop the worker at any moment, also between a command's write and its answer. The
// view's own send (lib/send.ts) then sees a closed channel and sends the command once more with the same
// id: the restarted worker finds the stored receipt and answers it, instead of recording it twice.

interface Armed {
  repayStopMe?: 'armed' | 'written';
}

test('a partial payment whose worker is stopped after the write, before the answer, is reported recorded and stored once', async ({
  context,
  worker,
  openPage,
}) => {
  await seed(worker, { plans: [seedPlan()] });
  const page = await openOptions(openPage, '#plan/e2e-plan');
  await expect(page.getByRole('heading', { level: 1, name: '小米 15 Pro' })).toBeVisible();

  // In the worker: the next write that carries a receipt goes through, and then the worker never answers.
  await worker.evaluate(() => {
    const local = chrome.storage.local;
    const set = local.set.bind(local) as (items: Record<string, unknown>) => Promise<void>;
    const flag = globalThis as unknown as Armed;
    flag.repayStopMe = 'armed';
    (local as unknown as { set: unknown }).set = (items: Record<string, unknown>, callback?: () => void) => {
      const written = set(items);
      if (flag.repayStopMe === 'armed' && Object.hasOwn(items, 'receipts')) {
        void written.then(() => {
          flag.repayStopMe = 'written';
        });
        return callback ? undefined : new Promise(() => {});
      }
      if (!callback) return written;
      void written.then(callback, callback);
      return undefined;
    };
  });

  await page.getByRole('button', { name: '记录还款（第 1 期）' }).click();
  const form = page.getByRole('form', { name: '记录第 1 期还款' });
  await form.getByLabel('还款金额（元）').fill('500');
  await form.getByRole('button', { name: '记录还款' }).click();

  // The payment is written, the answer held back: now the browser stops the worker.
  await expect.poll(() => worker.evaluate(() => (globalThis as unknown as Armed).repayStopMe)).toBe('written');
  const paymentsNow = () =>
    page.evaluate(async () => {
      const plan = (await chrome.storage.local.get('plan:e2e-plan'))['plan:e2e-plan'] as { payments: { period: number; amount: number }[] };
      return plan.payments.map(({ period, amount }) => [period, amount]);
    });
  expect(await paymentsNow()).toEqual([[1, 50_000]]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The view retried on its own and reports success; the payment is there once.
  const firstRow = page.getByRole('row', { name: /第 1\/12 期/ });
  await expect(firstRow).toContainText('部分已还（已还 ¥500.00）');
  await expect(form).toHaveCount(0);
  await page.waitForTimeout(500);
  // Not the error a view shows when the background cannot be reached ("出了点问题，数据未改动，请重试").
  await expect(page.getByText('出了点问题', { exact: false })).toHaveCount(0);
  expect(await paymentsNow()).toEqual([[1, 50_000]]);
  await page.reload();
  await expect(page.getByRole('row', { name: /第 1\/12 期/ })).toContainText('部分已还（已还 ¥500.00）');
});
