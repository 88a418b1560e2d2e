import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed, seedPlan } from './seed';
import { clickInPanel, contentScriptWorld, fixtureHtml, marks, openStorePage, panelElement, panelFrame } from './store-helpers';

// The store page is hostile: each test is an attack from its main world (or from our content script's
// own world, should the page ever compromise it), and proves what it can no longer reach.
const BILL_URL = 'https://jr.mi.com/installment/bill?orderId=5201314';
/** Only in storage: a title and an amount the page never shows (0.5 % a period makes ¥1,060.00). */
const SECRET_TITLE = 'Secret plan title 7f3a';
const storedOnly = () => seedPlan({ title: SECRET_TITLE, firstDueDate: '2027-01-10', rate: 0.005 });

/** What the page's own scripts can find: its DOM, every open shadow root in it, and our frame's insides. */
const pageSees = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      texts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    const frames = [...document.querySelectorAll('iframe')].map((frame) => {
      let inside: string;
      try {
        inside = frame.contentDocument ? `document: ${frame.contentDocument.documentElement.outerHTML}` : 'null';
      } catch (error) {
        inside = `threw ${(error as Error).name}`;
      }
      return { src: frame.src, inside };
    });
    return { dom: texts.join('\n'), frames };
  });

test('the page cannot read the stored plan: the panel lives in an extension frame it cannot open', async ({
  context,
  worker,
  extensionId,
}) => {
  await seed(worker, { plans: [storedOnly()] });
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect.poll(() => marks(page)).toContain('action:button.btn repay-btn');
  await page.waitForTimeout(1500);
  // The page finds neither the title nor the amount anywhere it can look...
  const seen = await pageSees(page);
  expect(seen.dom).not.toContain(SECRET_TITLE);
  expect(seen.dom).not.toContain('1,060');
  expect(seen.frames).toHaveLength(1);
  expect(seen.frames[0]?.src.startsWith(`chrome-extension://`)).toBe(true);
  // A dynamic address (use_dynamic_url): the frame's src does not give the extension's id away.
  expect(seen.frames[0]?.src).not.toContain(extensionId);
  expect(seen.frames[0]?.src).toContain('/store-panel.html');
  expect(seen.frames[0]?.inside).toBe('null');
  expect(await page.evaluate(() => Object.keys(document.querySelector('iframe')?.contentWindow ?? {}).length)).toBe(0);
  expect(extensionId).toBeTruthy();
  // ...while our own frame shows them to the user.
  await expect(panelFrame(page).locator('[data-part="next"]')).toHaveText('2027年1月10日 应还 ¥1,060.00 · 第 1/12 期');
  await expect(panelFrame(page).getByText(`计划：${SECRET_TITLE}`)).toBeVisible();
  // The mismatch warning names the plan too.
  await expect(panelFrame(page).locator('[data-part="mismatch-plan"]')).toContainText(SECRET_TITLE);
});

test('the page cannot drive the import offer, and a burst of proposals opens one confirmation', async ({
  context,
  extensionId,
  openPage,
}) => {
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect.poll(() => marks(page)).toContain('action:button.btn repay-btn');
  await page.waitForTimeout(1500);
  const optionsTabs = () => context.pages().filter((p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`)).length;

  // The page's scripts, 14 times: untrusted clicks on every button in any open shadow root, on the frame,
  // into the frame, and messages posted to it.
  const tries = await page.evaluate(() => {
    const outcomes = new Set<string>();
    for (let i = 0; i < 14; i++) {
      for (const host of document.querySelectorAll('*'))
        for (const button of host.shadowRoot?.querySelectorAll('button') ?? []) button.click();
      for (const iframe of document.querySelectorAll('iframe')) {
        iframe.click();
        iframe.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
        iframe.contentWindow?.postMessage({ type: 'click', target: 'import' }, '*');
        try {
          for (const button of iframe.contentWindow?.document.querySelectorAll('button') ?? []) button.click();
          outcomes.add('clicked inside');
        } catch (error) {
          outcomes.add(`threw ${(error as Error).name}`);
        }
      }
    }
    return [...outcomes];
  });
  await page.waitForTimeout(1000);
  expect(optionsTabs()).toBe(0);
  expect(tries).toEqual(['threw SecurityError']);
  const frame = panelFrame(page);
  await expect(frame.locator('[data-part="import"] button')).toBeVisible();

  // Our content script may not propose at all: only the extension's own frame may.
  const world = await contentScriptWorld(page);
  const proposal = { sourceUrl: 'https://jr.mi.com/x', title: 't', installments: [{ dueDate: '2027-01-10', amount: 100 }] };
  expect(await world.command('proposeImport', proposal)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // A burst of the same proposal from an extension page: one options tab, the repeats ignored.
  const sender = await openPage('popup.html');
  const results = await sender.evaluate(async (input) => {
    const send = (i: number) =>
      chrome.runtime.sendMessage({
        id: i,
        type: 'proposeImport',
        timestamp: Date.now(),
        data: { clientId: `burst-${i}-${crypto.randomUUID()}`, input },
      });
    return Promise.all(Array.from({ length: 14 }, (_, i) => send(i)));
  }, proposal);
  expect(results.every((r) => r?.res?.ok === true)).toBe(true);
  await sender.waitForTimeout(1500);
  expect(optionsTabs()).toBe(1);
  // The user's real click in our frame proposes this page's plan (another proposal): its own view, one.
  await clickInPanel(frame.locator('[data-part="import"] button'));
  await expect(frame.locator('[data-part="import"]')).toContainText('已发送');
  await expect.poll(optionsTabs).toBe(2);

  // The same proposal again, from a worker that has since been stopped (it remembers nothing) and a
  // reloaded page: the proposal still waits in storage, so its open view comes forward; none is added.
  const cdp = await context.newCDPSession(sender);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.reload();
  await expect.poll(() => marks(page)).toContain('action:button.btn repay-btn');
  await page.waitForTimeout(1500);
  await expect(frame.locator('[data-part="import"] button')).toBeEnabled();
  await clickInPanel(frame.locator('[data-part="import"] button'));
  await expect(frame.locator('[data-part="import"]')).toContainText('已发送');
  await page.waitForTimeout(1500);
  expect(optionsTabs()).toBe(2);
  const shown = context.pages().filter((p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  expect(await Promise.all(shown.map((p) => p.evaluate(() => document.visibilityState)))).toContain('visible');
});

test('a page at another origin can neither frame nor fetch the panel, even at the address a store page was given', async ({
  context,
  extensionId,
}) => {
  // The dynamic address the store page's frame got (an attacker at another origin could only learn it by a leak).
  const store = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect(panelFrame(store).locator('[data-part="import"] button')).toBeVisible();
  const dynamic = new URL((await panelElement(store).getAttribute('src')) ?? '');
  dynamic.hash = '';
  const targets = [`chrome-extension://${extensionId}/store-panel.html`, dynamic.href];

  // Pages the panel must not reach: another site, and a Xiaomi address the manifest does not match is
  // not needed — example.com stands for every non-store origin.
  const attacker = await openStorePage(context, 'https://example.com/', '<!doctype html><title>attacker</title><p>hi</p>');
  const fetched = await attacker.evaluate(
    (urls) =>
      Promise.all(
        urls.map((url) =>
          fetch(url).then(
            async (response) => `status ${response.status}: ${(await response.text()).slice(0, 200)}`,
            (error: Error) => `refused: ${error.name}`,
          ),
        ),
      ),
    targets,
  );
  expect(fetched).toEqual(['refused: TypeError', 'refused: TypeError']);

  await attacker.evaluate((urls) => {
    for (const url of urls) {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }
  }, targets);
  await attacker.waitForTimeout(1500);
  const frames = attacker.frames().filter((frame) => frame !== attacker.mainFrame());
  expect(frames).toHaveLength(2);
  for (const frame of frames) {
    // Blocked: an error page in place of the panel, never the extension's document.
    expect(frame.url()).not.toMatch(/^chrome-extension:/);
    expect(await frame.evaluate(() => document.querySelector('[data-part]') === null).catch(() => true)).toBe(true);
  }
  await expect(attacker.frameLocator('iframe').first().locator('[data-part="next"]')).toHaveCount(0);
  await expect(attacker.frameLocator('iframe').last().locator('[data-part="next"]')).toHaveCount(0);
});

test('a store page posting the panel’s own messages can neither fold nor remove it', async ({ context }) => {
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect(panelFrame(page).locator('[data-part="import"] button')).toBeVisible();
  const height = () => panelElement(page).evaluate((frame) => frame.getBoundingClientRect().height);
  const before = await height();
  await page.evaluate(() => {
    for (const layout of ['folded', 'closed']) {
      window.postMessage({ repayPanel: layout }, '*');
      window.postMessage({ repayPanel: layout }, location.origin);
      // Through the frame's window as the source, as far as the page can: it posts to the frame, not from it.
      document.querySelector('iframe')?.contentWindow?.postMessage({ repayPanel: layout }, '*');
      window.dispatchEvent(new MessageEvent('message', { data: { repayPanel: layout }, origin: location.origin }));
      const frameWindow = document.querySelector('iframe')?.contentWindow ?? null;
      window.dispatchEvent(new MessageEvent('message', { data: { repayPanel: layout }, source: frameWindow, origin: location.origin }));
    }
  });
  await page.waitForTimeout(1000);
  await expect(page.locator('iframe')).toHaveCount(1);
  expect(await height()).toBe(before);
  await expect(panelFrame(page).locator('[data-part="import"] button')).toBeVisible();
});

test('a page event named after WXT’s script-started event does not switch the helper off', async ({ context, extensionId }) => {
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect.poll(() => marks(page)).toContain('action:button.btn repay-btn');
  const before = await marks(page);
  await page.evaluate((id) => {
    for (const name of [`${id}:store:wxt:content-script-started`, 'wxt:content-script-started']) {
      const detail = { contentScriptName: 'store', messageId: 'attacker' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }
    // A page change afterwards: a script that had been switched off would not react to it.
    const amount = document.querySelector('.bill-amount .num');
    if (amount) amount.textContent = '¥1,080.00';
  }, extensionId);
  await page.waitForTimeout(500);
  expect(await marks(page)).toEqual(before);
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(panelFrame(page).locator('[data-part="page"]')).toHaveText('本页显示：2027年1月10日 应还 ¥1,080.00');
});

test('our content script’s own world can neither write nor read the stored plans', async ({ context, worker }) => {
  await seed(worker, { plans: [storedOnly(), seedPlan({ id: 'other', title: 'Other lender', lender: { kind: 'other', name: 'Bank' } })] });
  const page = await openStorePage(context, BILL_URL, fixtureHtml('bill-table.html'));
  await expect.poll(() => marks(page)).toContain('action:button.btn repay-btn');
  const world = await contentScriptWorld(page);
  expect(await world.run('chrome.storage.local.set({ plans: [] }).then(() => "written", (e) => "refused: " + e.message)')).toMatch(
    /^refused: Access to storage is not allowed from this context/,
  );
  expect(await world.run('chrome.storage.local.get(null).then((v) => JSON.stringify(v), (e) => "refused: " + e.message)')).toMatch(
    /^refused:/,
  );
  expect(((await worker.evaluate(() => chrome.storage.local.get('plans'))).plans as string[]).length).toBe(2);
  // Nor through the background: the plans (any lender's) and the panel's data go to extension pages only.
  for (const name of ['storeSnapshot', 'addPlan', 'updateSettings']) {
    expect(await world.command(name)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
});
