import { expect, launch, serviceWorkerOf, test } from './fixtures';
import { seed, seedPlan, shanghaiDate, stored, storedPlans, until } from './seed';

interface StoredPlan {
  payments: Array<{ period: number; amount: number; date: string }>;
}

// Reminder hour 0: the 1-day reminder for tomorrow's installment is due from midnight today (Shanghai).
const SETTINGS = { leadDays: [3, 1, 0], reminderHour: 0, overdueNag: true, language: 'zh-CN' };

test('a plan due tomorrow gets its reminder and badge; "mark paid" from the notification records it and clears the badge', async ({
  worker,
  networkLog,
}) => {
  await seed(worker, { settings: SETTINGS, plans: [seedPlan()] });
  const notifications = await until(
    () => worker.evaluate(() => chrome.notifications.getAll()),
    (all) => 'rh|e2e-plan:1' in all,
  );
  expect(Object.keys(notifications)).toEqual(['rh|e2e-plan:1']);
  await until(
    () => worker.evaluate(() => chrome.action.getBadgeText({})),
    (text) => text === '1',
  );

  await worker.evaluate(() =>
    (
      globalThis as unknown as { repayHelper: { onNotificationButtonClicked(id: string, i: number): Promise<unknown> } }
    ).repayHelper.onNotificationButtonClicked('rh|e2e-plan:1', 0),
  );
  const [plan] = await storedPlans<StoredPlan>(worker);
  expect(plan?.payments).toEqual([expect.objectContaining({ period: 1, amount: 107_200, date: shanghaiDate(0) })]);
  await until(
    () => worker.evaluate(() => chrome.action.getBadgeText({})),
    (text) => text === '',
  );
  expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
  expect(networkLog).toEqual([]);
});

test('after every alarm and the badge are cleared and the worker is stopped and restarted, they are back and nothing is sent twice', async ({
  context,
  worker,
  profileDir,
  extensionId,
}) => {
  await seed(worker, { settings: SETTINGS, plans: [seedPlan()] });
  await until(
    () => stored<unknown[]>(worker, 'sentLog'),
    (log) => Array.isArray(log) && log.length === 1,
  );
  const sentBefore = await stored(worker, 'sentLog');
  await worker.evaluate(() => chrome.alarms.clearAll());
  expect(await worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
  // The worker sets the badge only when it changes; the restarted one remembers nothing and sets it again.
  await until(
    () => worker.evaluate(() => chrome.action.getBadgeText({})),
    (text) => text === '1',
  );
  await worker.evaluate(() => chrome.action.setBadgeText({ text: '' }));

  // Stop the worker through DevTools, then wake it with a message from an extension page.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions.map((version) => version.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await until(
    async () => statuses.at(-1),
    (status) => status === 'stopped',
  );
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ id: 1, type: 'storeSnapshot', data: { clientId: 'wake-up-1', input: undefined }, timestamp: Date.now() }),
  );
  await until(
    async () => statuses.at(-1),
    (status) => status === 'running',
  );
  const woken = worker; // Playwright keeps the same handle for the restarted worker.
  const names = await until(
    () => woken.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort()),
    (list) => list.length === 2,
  );
  expect(names).toEqual(['next', 'sweep']);
  await until(
    () => woken.evaluate(() => chrome.action.getBadgeText({})),
    (text) => text === '1',
  );
  expect(await stored(woken, 'sentLog')).toEqual(sentBefore);
  expect(Object.keys(await woken.evaluate(() => chrome.notifications.getAll()))).toEqual(['rh|e2e-plan:1']);
  await context.close();

  // And across a whole browser restart on the same profile.
  const again = await launch(profileDir);
  const worker2 = await serviceWorkerOf(again);
  await until(
    () => worker2.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort()),
    (list) => list.join() === 'next,sweep',
  );
  expect(await stored(worker2, 'sentLog')).toEqual(sentBefore);
  await again.close();
});

test('100 commands fired at once from two extension pages are all recorded', async ({ context, worker, extensionId }) => {
  await seed(worker, { settings: SETTINGS, plans: [seedPlan({ periods: 120, principal: 12_000_000, firstDueDate: shanghaiDate(40) })] });
  const pages = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all(pages.map((page) => page.goto(`chrome-extension://${extensionId}/popup.html`)));
  const date = shanghaiDate(0);
  const answers = await Promise.all(
    pages.map((page, pageIndex) =>
      page.evaluate(
        ({ offset, date }) =>
          Promise.all(
            Array.from({ length: 50 }, (_, i) =>
              chrome.runtime.sendMessage({
                id: offset + i,
                type: 'recordPayment',
                data: { clientId: `burst-command-${offset + i}`, input: { planId: 'e2e-plan', period: offset + i + 1, amount: 100, date } },
                timestamp: Date.now(),
              }),
            ),
          ),
        { offset: pageIndex * 50, date },
      ),
    ),
  );
  expect(answers.flat().every((answer: { res?: { ok: boolean } }) => answer.res?.ok === true)).toBe(true);
  const [plan] = await storedPlans<StoredPlan>(worker);
  expect(plan?.payments.map((p) => p.period).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
});

test('a command retried after the worker stopped is answered with its first result, and a partial payment never doubles', async ({
  context,
  worker,
  extensionId,
}) => {
  await seed(worker, { settings: SETTINGS, plans: [seedPlan()] });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const message = { clientId: 'retry-after-stop', input: { planId: 'e2e-plan', period: 1, amount: 50_000, date: shanghaiDate(0) } };
  const pay = () =>
    page.evaluate((data) => chrome.runtime.sendMessage({ id: 7, type: 'recordPayment', data, timestamp: Date.now() }), message) as Promise<{
      res?: { ok: boolean; value?: { payments: unknown[] } };
    }>;
  const first = await pay();
  expect(first.res?.ok).toBe(true);

  // The worker is stopped (as the browser does when it idles, or mid-command); the view sends again.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const retry = await pay();
  expect(retry.res).toEqual(first.res);
  const [plan] = await storedPlans<StoredPlan>(worker);
  expect(plan?.payments).toHaveLength(1);
});
