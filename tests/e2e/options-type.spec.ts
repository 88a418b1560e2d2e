import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { LABELS, openOptions } from './options-helpers';

const px = (locator: Locator) => locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

// Chrome styles an extension page's body at 75 % in its own font; the options page must still read at its 15 px.
test('the plan form’s labels and inputs read at 14 px or more, their hints smaller', async ({ openPage }) => {
  const page = await openOptions(openPage, '#new');
  const input = page.getByLabel(LABELS['zh-CN'].title, { exact: true });
  const id = await input.getAttribute('id');
  const hintId = await input.getAttribute('aria-describedby');
  const label = page.locator(`label[for="${id}"]`);
  const hint = page.locator(`[id="${hintId}"]`);
  await expect(hint).toHaveClass(/field__hint/);

  const sizes = { label: await px(label), input: await px(input), hint: await px(hint) };
  expect(sizes.label).toBeGreaterThanOrEqual(14);
  expect(sizes.input).toBeGreaterThanOrEqual(14);
  expect(sizes.hint).toBeLessThan(sizes.label);
  expect(sizes.hint).toBeGreaterThanOrEqual(12);
  // The page's own font stack, not the browser's default for extension pages.
  expect(await label.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^system-ui/);

  // Every other label and hint on the form keeps the same order of sizes.
  const labels = await page
    .locator('.field label, .check label')
    .evaluateAll((all) => all.map((l) => Number.parseFloat(getComputedStyle(l).fontSize)));
  const hints = await page.locator('.field__hint').evaluateAll((all) => all.map((h) => Number.parseFloat(getComputedStyle(h).fontSize)));
  expect(Math.min(...labels)).toBeGreaterThanOrEqual(14);
  expect(Math.max(...hints)).toBeLessThan(Math.min(...labels));
});
