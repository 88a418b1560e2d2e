import type { Plan } from '../../lib/core/schemas';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { openOptions } from './options-helpers';
import { seed, seedPlan, shanghaiDate, stored, until } from './seed';

// 2,000 plans, as a heavy user's backup holds them. Of every hundred: #7 is late (both periods long past,
// nothing paid), #8 falls due today, #9 is archived; every tenth from #3 is owed to 招商银行 (the lender's
// own name); the rest are spread over the lender kinds, first due in 40 to 69 days.
const KINDS = ['xiaomi', 'huabei', 'baitiao', 'fenqile', 'card'] as const;
function heavyPortfolio(): Plan[] {
  return Array.from({ length: 2000 }, (_, i) =>
    seedPlan({
      id: `p${i + 1}`,
      title: `计划 ${i + 1}`,
      lender: i % 10 === 3 ? { kind: 'card', name: '招商银行' } : { kind: KINDS[i % 5] ?? 'other', name: '' },
      ...(i % 100 === 7
        ? { periods: 2, firstDueDate: shanghaiDate(-70) }
        : { firstDueDate: i % 100 === 8 ? shanghaiDate(0) : shanghaiDate(40 + (i % 30)) }),
      archived: i % 100 === 9,
    }),
  );
}

test('at 2,000 plans the list shows a page of plans, finds them and filters them', async ({ openPage, worker }) => {
  await seed(worker, { plans: heavyPortfolio() });
  const page = await openOptions(openPage, '#plans');
  const list = page.getByRole('list', { name: '分期计划' });
  const cards = list.getByRole('article');
  const count = page.getByText(/^显示 [\d,]+ \/ [\d,]+ 个计划$/);

  await expect(cards).toHaveCount(20);
  await expect(count).toHaveText('显示 1,980 / 1,980 个计划');
  await page.getByRole('button', { name: '再显示 20 个（还有 1,960 个）' }).click();
  await expect(cards).toHaveCount(40);
  await expect(cards.nth(20).getByRole('link').first()).toBeFocused();
  expect(await violations(page, { impacts: 'all' })).toEqual([]);

  // By title, typed in full-width digits; by the lender's own name; by the kind of lender.
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('计划 １２３４');
  await expect(cards).toHaveCount(1);
  await expect(page.getByRole('article', { name: '计划 1234' })).toBeVisible();
  await expect(count).toHaveText('显示 1 / 1,980 个计划');
  await search.fill('招商');
  await expect(count).toHaveText('显示 200 / 1,980 个计划');
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toContainText('招商银行');
  await search.fill('花呗');
  await expect(count).toHaveText('显示 400 / 1,980 个计划');
  await search.fill('');

  await page.getByRole('radio', { name: '逾期 20' }).check();
  await expect(cards).toHaveCount(20);
  await expect(count).toHaveText('显示 20 / 20 个计划');
  for (const card of await cards.all()) await expect(card.getByText('已逾期', { exact: true })).toBeVisible();

  await page.getByRole('radio', { name: '本月到期 20' }).check();
  await expect(cards).toHaveCount(20);
  await expect(cards.first().locator('[data-figure="next"]')).toContainText('应还');

  await page.getByRole('radio', { name: '已归档 20' }).check();
  await expect(cards).toHaveCount(20);
  await expect(cards.first().getByRole('button', { name: '取消归档' })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索' }).fill('nothing like this');
  await expect(page.getByText('没有符合条件的计划。')).toBeVisible();
  expect(await violations(page, { impacts: 'all' })).toEqual([]);
  await page.getByRole('button', { name: '清除搜索' }).click();
  await expect(search).toBeFocused();

  await page.getByRole('radio', { name: '全部 1,980' }).check();
  await expect(cards).toHaveCount(20);
});

test('the search and filter are kept while a plan is open, and the hash routes as before', async ({ openPage, worker }) => {
  await seed(worker, { plans: heavyPortfolio() });
  const page = await openOptions(openPage, '#plans');
  await page.getByRole('searchbox', { name: '搜索' }).fill('计划 15');
  await page.getByRole('radio', { name: /^逾期/ }).check();
  await expect(page.getByText('显示 1 / 20 个计划')).toBeVisible();

  await page.getByRole('link', { name: '计划 1508', exact: true }).click();
  await expect(page).toHaveURL(/#plan\/p1508$/);
  await expect(page.getByRole('heading', { level: 1, name: '计划 1508' })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/#plans$/);
  await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('计划 15');
  await expect(page.getByRole('radio', { name: /^逾期/ })).toBeChecked();
  await expect(page.getByRole('list', { name: '分期计划' }).getByRole('article')).toHaveCount(1);
});

test('at 2,000 plans the first screenful is read from the stored head, a few KB: never the agenda, and only its 20 plans before the cards', async ({
  context,
  extensionId,
  worker,
}) => {
  await seed(worker, { plans: heavyPortfolio() });
  // The reconcile that follows the change stores the agenda and its head together.
  const head = await until(
    () => stored<{ today: string; activePlans: number; first: { planId: string }[] } | undefined>(worker, 'plansHead'),
    (value) => value?.today === shanghaiDate(0) && value.activePlans === 1980,
  );
  expect(head?.first).toHaveLength(20);

  const page = await context.newPage();
  await page.addInitScript(() => {
    const reads: { keys: string[]; cards: number }[] = [];
    (window as unknown as { reads: typeof reads }).reads = reads;
    const area = chrome.storage.local;
    const get = area.get.bind(area) as (keys?: unknown) => Promise<Record<string, unknown>>;
    area.get = ((keys?: unknown) => {
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys.map(String) : Object.keys(keys ?? { everything: 1 });
      reads.push({ keys: list, cards: document.querySelectorAll('[data-plan-card], article[data-plan-id]').length });
      return get(keys);
    }) as typeof area.get;
  });
  await page.goto(`chrome-extension://${extensionId}/options.html#plans`);
  await expect(page.getByRole('list', { name: '分期计划' }).getByRole('article')).toHaveCount(20);
  await expect(page.getByText('显示 1,980 / 1,980 个计划')).toBeVisible();
  const reads = await page.evaluate(() => (window as unknown as { reads: { keys: string[]; cards: number }[] }).reads);
  expect(reads.flatMap((read) => read.keys)).not.toContain('agenda');
  // Before the first card: the index, the head and the settings, then the head's 20 plans, no other.
  const beforeCards = reads.filter((read) => read.cards === 0);
  expect(beforeCards[0]?.keys).toEqual(expect.arrayContaining(['plans', 'plansHead', 'settings']));
  expect(
    beforeCards
      .slice(1)
      .flatMap((read) => read.keys)
      .filter((key) => key.startsWith('plan:')),
  ).toEqual(head?.first.map(({ planId }) => `plan:${planId}`));
});
