import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { addPlanThroughForm, monthsFromNow, openOptions } from './options-helpers';

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`options page in ${locale}`, () => {
    test.use({ uiLocale: locale });

    test('has no serious or critical accessibility violations on any page', async ({ openPage }) => {
      const page = await openOptions(openPage, '#plans', locale);
      await expect(page.locator('main h1')).toBeVisible();
      const empty = await seriousViolations(page);

      const id = await addPlanThroughForm(
        page,
        {
          title: 'Xiaomi 15 Pro',
          principal: '12000',
          periods: '12',
          feeRate: '0.6',
          firstDue: monthsFromNow(-3, 10),
          autoRepayLabel: '招行 ****1234',
        },
        locale,
      );
      const found: Record<string, string[]> = { empty };
      for (const hash of ['plans', `plan/${id}`, `plan/${id}/edit`, 'new', 'settings', 'backup', 'help', 'import-proposal']) {
        await page.goto(page.url().replace(/#.*$/, `#${hash}`));
        await expect(page.locator('main h1')).toBeVisible();
        found[hash] = await seriousViolations(page);
      }
      // The editor with its messages showing, and the detail with its payment form open.
      await page.goto(page.url().replace(/#.*$/, '#new'));
      await page.getByRole('button', { name: locale === 'en' ? 'Add plan' : '添加计划' }).click();
      found['new (invalid)'] = await seriousViolations(page);
      await page.goto(page.url().replace(/#.*$/, `#plan/${id}`));
      await page
        .getByRole('button', { name: /^(记录还款（第 \d+ 期）|Record payment \(period \d+\))$/ })
        .first()
        .click();
      found['plan (paying)'] = await seriousViolations(page);

      expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0))).toEqual({});
    });
  });
}
