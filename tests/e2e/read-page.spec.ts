import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { clickToolbarButton, type RealPopup, waitInPopup } from './action-helpers';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { stored, storedPlans } from './seed';
import { openStorePage } from './store-helpers';

// "读取此页账单 / Read this page": any lender's page, read only after the user opens the popup over it and
// clicks the button. The pages are served at their real addresses; the extension has no host permission
// for any of them, only the activeTab grant the toolbar click gives.

const page = (name: string) => readFileSync(new URL(`../fixtures/any-page/${name}`, import.meta.url), 'utf8');
const HUABEI_URL = 'https://huabei.alipay.com/installment/detail.htm?bizNo=20261010884512';
const BANK_URL = 'https://xyk.cmbchina.com/credit-card/statement/view?month=202611';
const ARTICLE_URL = 'https://www.zhihu.com/question/608812345';

/** The options page's language made certain (a tab the extension opens may read the UI language early). */
async function chooseChinese(openPage: (path: string) => Promise<Page>): Promise<void> {
  const settings = await openPage('options.html#settings');
  await settings.getByLabel('中文').check();
  await expect(settings.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await settings.close();
}

const STATUS = "(document.getElementById('read-page-status')?.textContent ?? '')";

/** Opens the real popup over `tab` and presses "读取此页账单" from the keyboard. */
async function readFromPopup(context: BrowserContext, tab: Page, extensionId: string): Promise<RealPopup> {
  await tab.bringToFront();
  const popup = await clickToolbarButton(context, tab, extensionId);
  await waitInPopup(popup, `[...document.querySelectorAll('button')].find((b) => b.textContent === '读取此页账单')`);
  await popup.run(`[...document.querySelectorAll('button')].find((b) => b.textContent === '读取此页账单').focus()`);
  await popup.press('Enter');
  return popup;
}

async function proposalOpened(context: BrowserContext, extensionId: string, read: () => Promise<unknown>): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  await read();
  const options = await opened;
  await expect(options.getByRole('heading', { level: 1, name: '确认导入的分期计划' })).toBeVisible();
  return options;
}

/** Sends a command from an extension page as lib/send.ts does, and returns the background's answer. */
async function sendFrom(extensionPage: Page, name: string, input: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    ({ name, input }) =>
      chrome.runtime
        .sendMessage({ id: 1, type: name, timestamp: Date.now(), data: { clientId: crypto.randomUUID(), input } })
        .then((answer: { res?: unknown }) => answer?.res ?? answer),
    { name, input },
  );
}

const activeTabId = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);

test('reads a 花呗 installment page on the click and proposes its six periods under 花呗', async ({
  context,
  extensionId,
  worker,
  openPage,
}) => {
  await chooseChinese(openPage);
  const huabei = await openStorePage(context, HUABEI_URL, page('huabei-installment.html'));
  const options = await proposalOpened(context, extensionId, () => readFromPopup(context, huabei, extensionId));

  await expect(options.getByText('从 https://huabei.alipay.com/installment/detail.htm 读取到以下应还款项')).toBeVisible();
  await expect(options.locator('.proposal-rows li')).toHaveCount(6);
  await expect(options.getByLabel('分期平台', { exact: true })).toHaveValue('huabei');
  await expect(options.getByLabel('计划名称')).toHaveValue('花呗分期');
  await expect(options.getByLabel('期数', { exact: true })).toHaveValue('6');
  await expect(options.getByRole('textbox', { name: '首期还款日' })).toHaveValue('2026-10-10');
  await options.getByRole('button', { name: '添加计划' }).click();
  await expect(options.getByRole('heading', { level: 1, name: '花呗分期' })).toBeVisible();
  expect(await storedPlans(worker)).toEqual([
    expect.objectContaining({
      title: '花呗分期',
      periods: 6,
      firstDueDate: '2026-10-10',
      lender: expect.objectContaining({ kind: 'huabei' }),
    }),
  ]);
  // The query (a bill number) never leaves the page: the proposal kept origin and path only.
  expect(await stored(worker, 'importProposal')).toBeUndefined();
});

test('reads a bank card statement as one bill to the due date, not its transactions', async ({
  context,
  extensionId,
  worker,
  openPage,
}) => {
  await chooseChinese(openPage);
  const bank = await openStorePage(context, BANK_URL, page('bank-statement.html'));
  const options = await proposalOpened(context, extensionId, () => readFromPopup(context, bank, extensionId));

  await expect(options.locator('.proposal-rows li')).toHaveCount(1);
  await expect(options.locator('.proposal-rows li')).toContainText('¥8,765.43');
  await expect(options.getByLabel('分期平台', { exact: true })).toHaveValue('card');
  await expect(options.getByLabel('期数', { exact: true })).toHaveValue('1');
  await expect(options.getByRole('textbox', { name: '首期还款日' })).toHaveValue('2026-12-18');
  const proposal = await stored<{ sourceUrl: string; lender: unknown }>(worker, 'importProposal');
  expect(proposal).toMatchObject({
    sourceUrl: 'https://xyk.cmbchina.com/credit-card/statement/view',
    lender: { kind: 'card', name: '招商银行' },
  });
});

test('says so when the page shows no bill, and proposes nothing', async ({ context, extensionId, worker, openPage }) => {
  await chooseChinese(openPage);
  const article = await openStorePage(context, ARTICLE_URL, page('no-bill.html'));
  const popup = await readFromPopup(context, article, extensionId);
  const said = await waitInPopup<string>(popup, `${STATUS}.includes('没有找到') && ${STATUS}`);
  expect(said).toBe('此页没有找到账单或还款计划。请打开账单详情或还款计划页面后再试，或者： 粘贴账单短信');
  expect(await stored(worker, 'importProposal')).toBeUndefined();
  expect(context.pages().filter((p) => p.url().includes('options.html'))).toHaveLength(0);
  // Its way on: the paste page, one key press away.
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/options.html#paste'));
  await popup.run(`document.querySelector('#read-page-status button').focus()`);
  await popup.press('Enter');
  await expect((await opened).getByRole('heading', { level: 1, name: '粘贴账单短信' })).toBeVisible();
});

test('reads nothing without the click: no grant, no read; the popup opening alone reads nothing either', async ({
  context,
  extensionId,
  worker,
  openPage,
}) => {
  const huabei = await openStorePage(context, HUABEI_URL, page('huabei-installment.html'));
  await huabei.bringToFront();
  const tabId = await activeTabId(worker);
  const extensionPage = await openPage('options.html');
  // Without the toolbar click the browser gives no access to the tab: the command is refused.
  expect(await sendFrom(extensionPage, 'readThisPage', { tabId })).toEqual({
    ok: false,
    error: { code: 'forbidden', message: 'err.readPageRefused' },
  });
  expect(await stored(worker, 'importProposal')).toBeUndefined();

  // The toolbar click opens the popup and grants access, but nothing is read until its button is pressed.
  await huabei.bringToFront();
  const popup = await clickToolbarButton(context, huabei, extensionId);
  await waitInPopup(popup, `document.querySelector('.footer button')`);
  expect(await popup.run(STATUS)).toBe('');
  expect(await stored(worker, 'importProposal')).toBeUndefined();
  await popup.close();
  // The grant is what the read needs: with it, the same command reads the page.
  expect(await sendFrom(extensionPage, 'readThisPage', { tabId })).toEqual({ ok: true, value: { installments: 6 } });
  // A tab id that is no tab's is refused before anything runs.
  expect(await sendFrom(extensionPage, 'readThisPage', { tabId: -1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
});

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`the read button in ${locale}`, () => {
    test.use({ uiLocale: locale });

    test('is reachable from the keyboard, says why a page cannot be read, and is axe-clean', async ({ openPage }) => {
      // Opened as a tab, the popup's current tab is itself: an extension page no extension may read.
      const popup = await openPage('popup.html');
      const button = popup.getByRole('button', { name: locale === 'en' ? 'Read this page' : '读取此页账单' });
      await expect(button).toBeVisible();
      await button.focus();
      await popup.keyboard.press('Enter');
      await expect(
        popup.getByRole('status').filter({ hasText: locale === 'en' ? 'Could not read this page' : '无法读取此页' }),
      ).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);
    });
  });
}
