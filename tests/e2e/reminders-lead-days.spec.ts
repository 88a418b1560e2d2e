import { expect, test } from './fixtures';
import { seed, seedPlan, shanghaiDate, stored, until } from './seed';

type Helper = { repayHelper: { reconcile(): Promise<unknown> } };
interface Sent {
  id: string;
}

// Reminder hour 0: the 3-day reminder for an installment due in three days is due from midnight today (Shanghai).
const SETTINGS = { leadDays: [3, 1, 0], reminderHour: 0, overdueNag: true, language: 'zh-CN' };

test('changing the lead days after today’s reminder sends no second reminder for the same installment that day', async ({
  worker,
  openPage,
}) => {
  await seed(worker, { settings: SETTINGS, plans: [seedPlan({ firstDueDate: shanghaiDate(3) })] });
  await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => 'rh|e2e-plan:1' in all,
  );
  const sentBefore = await until(
    () => stored<Sent[] | undefined>(worker, 'sentLog'),
    (log) => Array.isArray(log) && log.length === 1,
  );
  expect(sentBefore?.[0]?.id).toBe(`e2e-plan:1:lead-3@${shanghaiDate(3)}`);
  // The user closes the notification; any notification from now on is a second reminder.
  await worker.evaluate(() => chrome.notifications.clear('rh|e2e-plan:1'));
  expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

  // A 5-day lead added (its time, two days ago, has passed and the log does not hold it) and a 2-day one,
  // through the command the Settings page sends.
  const page = await openPage('popup.html');
  const answer = await page.evaluate(
    (settings) =>
      chrome.runtime.sendMessage({
        id: 1,
        type: 'updateSettings',
        timestamp: Date.now(),
        data: { clientId: `lead-days-${crypto.randomUUID()}`, input: settings },
      }),
    { ...SETTINGS, leadDays: [5, 2, 1, 0] },
  );
  expect(answer?.res).toMatchObject({ ok: true, value: { leadDays: [5, 2, 1, 0] } });
  // The run the change started, and one more after it (queued behind it): both have looked.
  await worker.evaluate(() => (globalThis as unknown as Helper).repayHelper.reconcile());
  await page.waitForTimeout(1000);
  await worker.evaluate(() => (globalThis as unknown as Helper).repayHelper.reconcile());

  expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
  expect(await stored(worker, 'sentLog')).toEqual(sentBefore);
  expect(await stored(worker, 'settings')).toMatchObject({ leadDays: [5, 2, 1, 0] });
});
