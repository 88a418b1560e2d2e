import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { violations } from './axe';
import { expect, launch, serviceWorkerOf, test } from './fixtures';
import { seed, seedPlan, storedPlans, until } from './seed';

// Two browser profiles, each with its own chrome.storage.sync (Chromium runs with --disable-sync, so the
// real sync service never runs). The test is the sync service: whatever one profile writes to its sync
// area is delivered to the other's with chrome.storage.sync.set, in a shuffled order, some of it late
// and some of it twice. A plan added on one and paid on the other converges on both.

const SETTINGS = { leadDays: [3, 1, 0], reminderHour: 0, overdueNag: true, language: 'zh-CN' };

interface Delivery {
  to: number;
  key: string;
  value: unknown;
}

/** A seeded shuffle, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

class Bridge {
  private seen: Array<Map<string, string>> = [new Map(), new Map()];
  private queue: Delivery[] = [];
  delivered = 0;
  repeats = 0;
  constructor(
    private readonly workers: Worker[],
    private readonly rand: () => number,
  ) {}

  /** Collects what each side changed since last seen, then delivers a shuffled part of what is queued. */
  async tick(): Promise<boolean> {
    let changed = false;
    for (const side of [0, 1]) {
      const area = (await (this.workers[side] as Worker).evaluate(() => chrome.storage.sync.get(null))) as Record<string, unknown>;
      const seen = this.seen[side] as Map<string, string>;
      for (const key of new Set([...Object.keys(area), ...seen.keys()])) {
        const now = key in area ? JSON.stringify(area[key]) : undefined;
        if (now === seen.get(key)) continue;
        changed = true;
        if (now === undefined) seen.delete(key);
        else seen.set(key, now);
        this.queue.push({ to: 1 - side, key, value: area[key] });
      }
    }
    const pending = this.queue.sort(() => this.rand() - 0.5);
    this.queue = [];
    for (const delivery of pending) {
      // Some arrive a round late; some arrive twice (the second time possibly after newer ones).
      if (this.rand() < 0.25) {
        this.queue.push(delivery);
        continue;
      }
      await this.deliver(delivery);
      if (this.rand() < 0.3) {
        this.repeats++;
        this.queue.push(delivery);
      }
    }
    return changed || this.queue.length > 0;
  }

  private async deliver({ to, key, value }: Delivery) {
    await (this.workers[to] as Worker).evaluate(
      ([k, v]) => (v === undefined ? chrome.storage.sync.remove(k as string) : chrome.storage.sync.set({ [k as string]: v })),
      [key, value] as const,
    );
    this.delivered++;
    const seen = this.seen[to] as Map<string, string>;
    if (value === undefined) seen.delete(key);
    else seen.set(key, JSON.stringify(value));
  }

  /** Runs rounds until `done` holds and nothing moved for a few rounds. */
  async until(done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quiet = 0;
    while (quiet < 4 || !(await done())) {
      if (Date.now() > deadline) throw new Error('the two profiles did not converge');
      quiet = (await this.tick()) ? 0 : quiet + 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

interface StoredPlan {
  id: string;
  title: string;
  payments: Array<{ id: string; period: number; amount: number }>;
}

async function enableThroughSettings(context: BrowserContext, extensionId: string, expectInPreview: string[]) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.getByLabel('在登录同一账号的浏览器之间同步分期计划').check();
  const preview = page.locator('[data-sync-preview]');
  for (const text of expectInPreview) await expect(preview).toContainText(text);
  expect(await violations(page)).toEqual([]);
  await preview.getByRole('button', { name: '开始同步' }).click();
  await expect(page.locator('[data-sync-status]')).toBeVisible();
  return page;
}

test('a plan added in one browser and paid in the other converges on both; the reminder closes where it was shown', async () => {
  test.setTimeout(180_000);
  const dirs = [mkdtempSync(join(tmpdir(), 'repay-sync-a-')), mkdtempSync(join(tmpdir(), 'repay-sync-b-'))];
  const contexts = await Promise.all(dirs.map((dir) => launch(dir)));
  try {
    const workers = await Promise.all(contexts.map(serviceWorkerOf));
    const [home, office] = workers as [Worker, Worker];
    const ids = workers.map((worker) => new URL(worker.url()).host);
    const bridge = new Bridge(workers, random(Number(process.env.SYNC_SEED ?? 20261125)));

    // Home adds the plan; its reminder for tomorrow's installment is shown there.
    await seed(home, { settings: SETTINGS, plans: [seedPlan()] });
    await seed(office, { settings: SETTINGS });
    await until(
      () => home.evaluate(() => chrome.notifications.getAll()),
      (all) => 'rh|e2e-plan:1' in all,
    );

    // Home turns sync on: nothing is in the sync area yet, its plan will be shared.
    await enableThroughSettings(contexts[0] as BrowserContext, ids[0] as string, [
      '同步空间里还没有其他浏览器的数据',
      '将分享给其他浏览器：1 个计划',
    ]);
    await bridge.until(async () => 'p:e2e-plan' in (await office.evaluate(() => chrome.storage.sync.get(null))));

    // The office turns sync on: the preview says what will arrive, and it does.
    await enableThroughSettings(contexts[1] as BrowserContext, ids[1] as string, [
      '同步空间里已有其他浏览器的 1 个计划',
      '将添加到本浏览器：1 个计划',
      '小米 15 Pro',
    ]);
    await until(
      () => storedPlans<StoredPlan>(office),
      (plans) => plans.length === 1,
    );

    // The office pays period 1 (as its notification's "已还款" button does).
    await office.evaluate(() =>
      (
        globalThis as unknown as { repayHelper: { onNotificationButtonClicked(id: string, i: number): Promise<unknown> } }
      ).repayHelper.onNotificationButtonClicked('rh|e2e-plan:1', 0),
    );
    const paid = (await storedPlans<StoredPlan>(office))[0]?.payments ?? [];
    expect(paid).toEqual([expect.objectContaining({ period: 1, amount: 107_200 })]);

    await bridge.until(async () => ((await storedPlans<StoredPlan>(home))[0]?.payments.length ?? 0) === 1);
    expect(bridge.repeats).toBeGreaterThan(0);

    // Both browsers hold the same plan with the office's payment, and their sync areas agree.
    const [homePlans, officePlans] = await Promise.all([storedPlans<StoredPlan>(home), storedPlans<StoredPlan>(office)]);
    expect(homePlans).toEqual(officePlans);
    expect(homePlans[0]?.payments.map((payment) => payment.id)).toEqual(paid.map((payment) => payment.id));
    const shared = (worker: Worker) =>
      worker.evaluate(async () => {
        const area = await chrome.storage.sync.get(null);
        return Object.fromEntries(Object.entries(area).filter(([key]) => !key.startsWith('d:')));
      });
    expect(await shared(home)).toEqual(await shared(office));

    // At home the reminder for the installment paid at the office is gone, and the badge follows.
    await until(
      () => home.evaluate(() => chrome.notifications.getAll()),
      (all) => Object.keys(all).length === 0,
    );
    await until(
      () => home.evaluate(() => chrome.action.getBadgeText({})),
      (text) => text === '',
    );
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
});
