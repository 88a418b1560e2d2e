import type { Locator, Page } from '@playwright/test';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { addPlanThroughForm, monthsFromNow, openOptions } from './options-helpers';

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour: 0 is black, 1 white. */
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The colours an element is drawn in; a transparent background shows its nearest painted ancestor's. */
const drawn = (locator: Locator) =>
  locator.evaluate((element) => {
    let painted: Element | null = element;
    let background = 'rgba(0, 0, 0, 0)';
    while (painted && /rgba\(.*, 0\)$|transparent/.test(background)) {
      background = getComputedStyle(painted).backgroundColor;
      painted = painted.parentElement;
    }
    return { background, text: getComputedStyle(element).color };
  });

async function expectDark(locator: Locator): Promise<void> {
  const { background, text } = await drawn(locator);
  expect(luminance(background), `background ${background}`).toBeLessThan(0.05);
  expect(luminance(text), `text ${text}`).toBeGreaterThan(0.6);
}

/** axe-core's colour-contrast findings at any impact, and every other serious or critical one. */
const contrastAndSerious = async (page: Page) =>
  (await violations(page, { impacts: 'all' })).filter((line) => line.startsWith('color-contrast') || / \((serious|critical)\)/.test(line));

const overduePlan = {
  title: '小米 15 Pro',
  principal: '12000',
  periods: '12',
  feeRate: '0.6',
  firstDue: monthsFromNow(-3, 10),
  earlierUnpaid: true,
};

test('the options page follows a dark system setting, and every page stays readable', async ({ openPage }) => {
  const page = await openOptions(openPage, '#plans');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectDark(page.locator('body'));
  const id = await addPlanThroughForm(page, { ...overduePlan, autoRepayLabel: '招行 ****1234' });

  await expectDark(page.getByRole('link', { name: '编辑', exact: true }));
  const primary = await drawn(page.locator('.button--primary').first());
  expect(luminance(primary.text)).toBeGreaterThan(0.9);

  const found: Record<string, string[]> = {};
  for (const hash of ['plans', `plan/${id}`, 'new', 'settings', 'backup', 'help']) {
    await page.goto(page.url().replace(/#.*$/, `#${hash}`));
    await expect(page.locator('main h1')).toBeVisible();
    found[hash] = await contrastAndSerious(page);
  }
  // The editor's error messages, and a confirmation on the plan's page.
  await page.goto(page.url().replace(/#.*$/, '#new'));
  await page.getByRole('button', { name: '添加计划' }).click();
  await expect(page.locator('.field__error').first()).toBeVisible();
  found['new (invalid)'] = await contrastAndSerious(page);
  expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0))).toEqual({});
});

test('the popup follows the system setting, light or dark, and stays readable in dark', async ({ openPage }) => {
  const options = await openOptions(openPage, '#plans');
  await addPlanThroughForm(options, { ...overduePlan, autoRepayLabel: '招行 ****1234' });
  const popup = await openPage('popup.html');
  // An auto-repay plan past its due date asks whether the debit went through (not red until the user says no).
  await expect(popup.locator('.row--confirm').first()).toBeVisible();

  await popup.emulateMedia({ colorScheme: 'light' });
  expect(luminance((await drawn(popup.locator('body'))).background)).toBeGreaterThan(0.9);

  await popup.emulateMedia({ colorScheme: 'dark' });
  await expectDark(popup.locator('body'));
  await expectDark(popup.locator('.row .btn:not(.btn--primary):not(.btn--quiet)').first());
  const primary = await drawn(popup.locator('.btn--primary').first());
  expect(luminance(primary.background)).toBeLessThan(0.2);
  expect(luminance(primary.text)).toBeGreaterThan(0.9);
  expect(await contrastAndSerious(popup)).toEqual([]);

  // The collapsed "later" section, opened.
  await popup.locator('summary').first().click();
  expect(await contrastAndSerious(popup)).toEqual([]);
});
