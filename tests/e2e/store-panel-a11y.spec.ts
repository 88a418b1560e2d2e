import { violations } from './axe';
import { expect, test } from './fixtures';
import { seed, seedPlan } from './seed';
import { fixtureHtml, openStorePage, panel, panelDocument, panelElement, panelFrame } from './store-helpers';

type Page = Parameters<typeof violations>[0];

/**
 * Every axe-core finding in our panel: its whole frame document (the fixture pages' own markup is not
 * ours to judge), and the frame element's accessible name in the page.
 */
async function panelViolations(page: Page): Promise<string[]> {
  const frame = await panelDocument(page);
  const found = await violations(frame as unknown as Page, { impacts: 'all' });
  const title = await panelElement(page).getAttribute('title');
  return title ? found : [...found, 'frame-title: the panel frame has no title'];
}

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
        // The close button is reachable by keyboard and removes the panel. Space, not Enter: a button acts on
        // Enter's keydown, removing the frame before the key is released, which can leave the driver's
        // key press waiting for a frame that is gone; Space acts on release.
        await panelFrame(page).locator('button.close:not(.fold)').focus();
        await page.keyboard.press('Space');
        await expect(panelElement(page)).toHaveCount(0);
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
