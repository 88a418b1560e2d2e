import { violations } from './axe';
import { expect, test } from './fixtures';
import { seed, seedPlan } from './seed';
import { fixtureHtml, openStorePage, panel } from './store-helpers';

/** Every axe-core finding inside our panel (the fixture pages' own markup is not ours to judge). */
const panelViolations = (page: Parameters<typeof violations>[0]) => violations(page, { include: 'repay-helper-panel', impacts: 'all' });

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['zh-CN', 'en'] as const) {
    test.describe(`the store panel, ${locale}, ${scheme}`, () => {
      test.use({ uiLocale: locale, colorScheme: scheme });

      test('has no accessibility violations with every section shown', async ({ context, worker }) => {
        // A stored plan that disagrees with the page, so the mismatch warning and checklist show too.
        await seed(worker, { plans: [seedPlan({ title: 'Xiaomi 15 Pro', firstDueDate: '2027-01-10', rate: 0.005 })] });
        const page = await openStorePage(context, 'https://jr.mi.com/installment/bill', fixtureHtml('bill-table.html'));
        await expect(panel(page, 'mismatch')).toBeVisible();
        expect(await panelViolations(page)).toEqual([]);
        // The close button is reachable by keyboard and removes the panel.
        await page.locator('repay-helper-panel button.close:not(.fold)').focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('repay-helper-panel')).toHaveCount(0);
      });

      test('has no accessibility violations with the zero-limit note and import offer', async ({ context }) => {
        const page = await openStorePage(context, 'https://jr.mi.com/home', fixtureHtml('zero-limit.html'));
        await expect(panel(page, 'zero-limit')).toBeVisible();
        await expect(panel(page, 'import')).toBeVisible();
        expect(await panelViolations(page)).toEqual([]);
      });
    });
  }
}
