import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { seed, seedPlan, shanghaiDate } from './seed';

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`popup in ${locale}`, () => {
    test.use({ uiLocale: locale });

    test('has no serious or critical accessibility violations, empty or full, and works from the keyboard', async ({
      worker,
      openPage,
    }) => {
      const popup = await openPage('popup.html');
      await expect(popup.locator('.empty h2')).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);

      await seed(worker, {
        plans: [
          seedPlan({ id: 'late', firstDueDate: shanghaiDate(-5), autoRepay: true }),
          seedPlan({ id: 'soon', title: 'Redmi Buds', firstDueDate: shanghaiDate(3), periods: 3, principal: 29_900 }),
          seedPlan({ id: 'later', title: 'Xiaomi Watch', firstDueDate: shanghaiDate(45), periods: 6, principal: 99_900 }),
        ],
      });
      await expect(popup.locator('.row').first()).toBeVisible();
      // The collapsed "later" section opens from the keyboard, and its rows are scanned too.
      await popup.locator('summary').focus();
      await popup.keyboard.press('Enter');
      await expect(popup.locator('details .row').first()).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);
    });
  });
}
