import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extensionDir } from './paths';
import { FIREFOX, type Firefox, launchFirefox } from './store-firefox-bidi';
import { fixtureHtml } from './store-helpers';

// The content script in Debian's firefox-esr, from the Firefox build (MV2), over WebDriver BiDi.
const build = extensionDir('firefox-mv2');
let firefox: Firefox;

test.beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox checks need ${FIREFOX}: sudo apt-get install -y firefox-esr`);
  if (!existsSync(`${build}/manifest.json`)) throw new Error(`No Firefox build at ${build}: run \`wxt build -b firefox\` first.`);
  firefox = await launchFirefox(build);
});
test.afterAll(async () => firefox?.close());

const marks = () =>
  firefox.evaluate<string[]>(
    `[...document.querySelectorAll('[data-repay-highlight]')].map((e) => e.getAttribute('data-repay-highlight') + ':' + e.className)`,
  );
/** A part of the panel, read inside its moz-extension frame (the page itself cannot). */
const panelPart = (part: string) =>
  firefox.evaluateInFrame<string | null>('moz-extension://', `document.querySelector('[data-part="${part}"]')?.textContent ?? null`);
const pageSeesFrame = () =>
  firefox.evaluate<string>(
    `(() => { const f = document.querySelector('iframe'); if (!f) return 'no frame'; try { return f.contentDocument === null ? 'null' : 'readable'; } catch (e) { return e.name; } })()`,
  );

test('Firefox: the bill page is marked and the panel offers the import', async () => {
  await firefox.open('http://jr.mi.com/installment/bill', fixtureHtml('bill-table.html'));
  await expect
    .poll(marks, { timeout: 10_000 })
    .toEqual([
      'label:bill-title',
      'field:bill-amount',
      'field:bill-date',
      'action:btn repay-btn',
      'action:link',
      'field:card auto',
      'plan:card plan',
    ]);
  await expect.poll(() => panelPart('import'), { timeout: 10_000 }).toContain('12');
  expect(await pageSeesFrame()).toBe('null');
});

test('Firefox: an SPA route change is read, then the quiet page costs nothing', async () => {
  await firefox.open('http://www.mi.com/orders', fixtureHtml('spa-route.html'));
  await expect.poll(() => firefox.evaluate<number>(`performance.getEntriesByName('repay-helper:scan').length`)).toBe(1);
  expect(await marks()).toEqual([]);
  await firefox.evaluate(`window.go('/orders/5201314/installment')`);
  await expect.poll(marks).toEqual(['field:due', 'field:date', 'plan:plan', 'action:pay']);
  await expect.poll(() => panelPart('page')).toMatch(/¥215\.40/);
  const scans = await firefox.evaluate<number>(`performance.getEntriesByName('repay-helper:scan').length`);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await firefox.evaluate<number>(`performance.getEntriesByName('repay-helper:scan').length`)).toBe(scans);
});

test('Firefox: nothing is marked on a page without a bill', async () => {
  await firefox.open('http://www.mi.com/xiaomi-15-pro', fixtureHtml('nothing.html'));
  await expect.poll(() => firefox.evaluate<number>(`performance.getEntriesByName('repay-helper:scan').length`)).toBe(1);
  expect(await marks()).toEqual([]);
  expect(await firefox.evaluate<boolean>(`document.querySelector('iframe') === null`)).toBe(true);
});
