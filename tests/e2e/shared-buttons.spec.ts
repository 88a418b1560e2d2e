import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openOptions } from './options-helpers';

const shape = (page: Page, selector: string) =>
  page.locator(selector).evaluate((button) => {
    const style = getComputedStyle(button);
    return {
      fontSize: style.fontSize,
      padding: style.padding,
      border: `${style.borderTopWidth} ${style.borderTopStyle}`,
      radius: style.borderRadius,
      whiteSpace: style.whiteSpace,
      cursor: style.cursor,
    };
  });

// components/base.css draws both pages' buttons; each page only sizes and colours them with tokens.
const hasSharedRule = (page: Page) =>
  page.evaluate(() =>
    [...document.styleSheets].some((sheet) =>
      [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText === '.btn, .button'),
    ),
  );

test('the popup and the options page draw their buttons from one stylesheet, each at its own size', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  const popupButton = await shape(popup, '.btn.btn--large');
  expect(await hasSharedRule(popup)).toBe(true);

  const options = await openOptions(openPage, '#new');
  const optionsButton = await shape(options, '.actions .button:not(.button--primary)');
  expect(await hasSharedRule(options)).toBe(true);

  const common = { border: '1px solid', radius: '6px', whiteSpace: 'nowrap', cursor: 'pointer' };
  expect(popupButton).toEqual({ ...common, fontSize: '14px', padding: '8px 16px' });
  // The options page's buttons take the text size of the page; padding is 0.4rem 0.9rem of its 15 px root.
  const pageSize = await options.locator('main').evaluate((main) => getComputedStyle(main).fontSize);
  expect(optionsButton).toEqual({ ...common, fontSize: pageSize, padding: '6px 13.5px' });
});
