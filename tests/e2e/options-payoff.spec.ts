import { buildSchedule } from '../../lib/core/schedule';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { monthsFromNow, openOptions } from './options-helpers';
import { seed, seedPlan } from './seed';

// Two open plans: a 0.6 %/month 小米分期 (fee kept on payoff, 13.03 % a year) and a 2 %/month card installment
// of 15,000.00 whose lender waives future fees (41.70 % a year, past both warning lines); the first two periods of each paid.
const paid = (plan: ReturnType<typeof seedPlan>) =>
  buildSchedule(plan)
    .slice(0, 2)
    .map((row) => ({ id: `p${plan.id}${row.period}`, period: row.period, amount: row.total, date: row.dueDate, note: '' }));
const phone = seedPlan({ id: 'phone', title: '小米 15 Pro', firstDueDate: monthsFromNow(-1, 10) });
const card = seedPlan({
  id: 'card',
  title: '账单分期',
  lender: { kind: 'card', name: '招商银行' },
  principal: 1_500_000,
  rate: 0.02,
  waivesFutureFeesOnPayoff: true,
  firstDueDate: monthsFromNow(-1, 12),
});
const PLANS = [
  { ...phone, payments: paid(phone) },
  { ...card, payments: paid(card) },
];
const SETTINGS = { leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'auto', monthlyIncome: 200_000 };

const WORDS = {
  'zh-CN': {
    nav: '还款规划',
    oneOff: '本月一次性多还（元）',
    smallest: '剩余本金最少的先还',
    months: '每月明细',
    order: '还款顺序',
    warning: /达到或超过 36% 警戒线/,
    perPeriod: '每期 2.00%，折合年化约',
    burden: /个月的还款超过月收入的 50%/,
  },
  en: {
    nav: 'Payoff plan',
    oneOff: 'One-off this month (yuan)',
    smallest: 'Smallest balance first',
    months: 'Month by month',
    order: 'Order',
    warning: /at or above the 36% warning line/,
    perPeriod: '2.00% a period, about',
    burden: /repayments exceed 50% of the monthly income/,
  },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`payoff plan in ${locale}`, () => {
    test.use({ uiLocale: locale });

    test('plans the payoff by keyboard, side by side with the schedule, and is axe-clean', async ({ openPage, worker }) => {
      const words = WORDS[locale];
      await seed(worker, { plans: PLANS, settings: SETTINGS });
      const page = await openOptions(openPage, '#plans', locale);
      // The plan list marks the expensive plan, with its per-period fee beside its annual rate.
      const cardItem = page.locator('.plan-list > li').filter({ hasText: '账单分期' });
      await expect(cardItem.locator('[data-rate-line]')).toHaveText(words.warning);
      await expect(cardItem.locator('[data-figure="per-period"]')).toContainText(words.perPeriod);
      await expect(page.locator('.plan-list > li').filter({ hasText: '小米 15 Pro' }).locator('[data-rate-line]')).toHaveCount(0);

      await page.getByRole('link', { name: words.nav }).click();
      await expect(page.locator('main h1')).toHaveText(words.nav);
      expect(await seriousViolations(page)).toEqual([]);

      // Everything by keyboard: the one-off, the strategy (arrow keys in the radio group), the month table.
      const oneOff = page.getByLabel(words.oneOff);
      await oneOff.focus();
      await page.keyboard.type('20000');
      const order = page.getByRole('table', { name: words.order });
      // Highest remaining cost first: the card (waived fees, over 40 %) before the 小米分期 (fees kept: 0 %).
      await expect(order.locator('tbody tr').first()).toHaveAttribute('data-plan', 'card');
      await expect(order.locator('tbody tr').first().locator('[data-figure="cleared"]')).not.toHaveText(/^(按期还完|on schedule)$/);
      const scheduled = await page.locator('[data-figure="charges-scheduled"]').textContent();
      const planned = await page.locator('[data-figure="charges-planned"]').textContent();
      expect(planned).not.toBe(scheduled);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByLabel(words.smallest)).toBeChecked();
      await expect(order.locator('tbody tr').first()).toHaveAttribute('data-plan', 'phone');

      const summary = page.locator('summary').filter({ hasText: words.months });
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('table', { name: words.months })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      // The card calculator: ¥10,000.00 billed on the 5th, due the 25th, ¥1,000.00 minimum.
      if (locale === 'zh-CN') {
        await page.getByLabel('账单日').fill(monthsFromNow(0, 5));
        await page.getByLabel('到期还款日').fill(monthsFromNow(0, 25));
        await page.getByLabel('本期账单金额（元）').fill('10000');
        await page.getByLabel('最低还款额（元）').fill('1000');
        await expect(page.locator('[data-figure="card-result"] strong')).toHaveText(/^只还最低还款额，预计利息 ¥1\d\d\.\d0$/);
        expect(await seriousViolations(page)).toEqual([]);
      }

      // The cash-flow chart marks the months above half the income (¥2,000.00).
      await page.goto(page.url().replace(/#.*$/, '#plans'));
      await expect(page.locator('[data-figure="burden"]')).toHaveText(words.burden);
    });
  });
}

test('rate lines and income are saved from the settings page by keyboard', async ({ openPage, worker }) => {
  await seed(worker, { plans: PLANS, settings: { ...SETTINGS, language: 'zh-CN' } });
  const page = await openOptions(openPage, '#settings');
  const lines = page.getByLabel('利率警戒线（年化 %）');
  await expect(lines).toHaveValue('24, 36');
  await lines.fill('15.4');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  expect(settings).toMatchObject({ rateLines: [0.154], monthlyIncome: 200_000 });
  // The 小米分期 (13.03 %) stays under 15.4 %; the card installment is marked at the new line.
  await page.goto(page.url().replace(/#.*$/, '#plan/card'));
  await expect(page.locator('[data-rate-line]')).toHaveText(/15.4% 警戒线/);
});
