import type { BrowserContext, CDPSession, Page } from '@playwright/test';

// The toolbar button, clicked the way the browser's own UI does it: DevTools' Extensions.triggerAction
// runs the extension's action on a tab, which opens the real popup over that tab and gives the
// extension the activeTab grant for it, exactly as a user's click does (a page script cannot). The popup
// is not a Playwright page (it belongs to no tab), so it is driven through its own DevTools target.

export interface RealPopup {
  /** Evaluates `expression` in the popup and returns its value (promises awaited). */
  run: (expression: string) => Promise<unknown>;
  /** Presses a key in the popup, as the keyboard does (the focused element receives it). */
  press: (key: 'Enter' | 'Tab') => Promise<void>;
  close: () => Promise<void>;
}

const POPUP_CLOSED = 'the popup closed';
const KEYS = { Enter: { code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }, Tab: { code: 'Tab', windowsVirtualKeyCode: 9, text: '' } };

async function targets(cdp: CDPSession, type?: string) {
  const { targetInfos } = await cdp.send('Target.getTargets', type ? { filter: [{ type }] } : {});
  return targetInfos;
}

/** Clicks the extension's toolbar button over `page` (its URL must be unique among the tabs); returns the popup it opened. */
export async function clickToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<RealPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser connection');
  const cdp = await browser.newBrowserCDPSession();
  const tab = (await targets(cdp, 'tab')).find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab at ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  let popup: { targetId: string } | undefined;
  for (let attempt = 0; attempt < 100 && !popup; attempt++) {
    popup = (await targets(cdp)).find((target) => target.type === 'page' && target.url === popupUrl);
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!popup) throw new Error('the popup did not open');
  // A session of its own (not flattened): Playwright's CDPSession speaks to one target only.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  let nextId = 1;
  const waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  let closed = false;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  // The popup closes as soon as the tab it opened takes focus: a call still waiting then gets no answer.
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    closed = true;
    for (const resolve of waiting.values()) resolve({ error: { message: POPUP_CLOSED } });
  });
  const call = async (method: string, params: object) => {
    if (closed) throw new Error(POPUP_CLOSED);
    const id = nextId++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => waiting.set(id, resolve));
    try {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    } catch (error) {
      // Gone before the detach event arrived.
      if (/No session/.test((error as Error).message)) throw new Error(POPUP_CLOSED);
      throw error;
    }
    const message = await answer;
    waiting.delete(id);
    if (message.error) throw new Error(message.error.message === POPUP_CLOSED ? POPUP_CLOSED : `${method}: ${message.error.message}`);
    return message.result as Record<string, unknown>;
  };
  return {
    run: async (expression) => {
      const result = (await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string };
      };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
      return result.result.value;
    },
    press: async (key) => {
      try {
        for (const type of ['keyDown', 'keyUp'] as const) await call('Input.dispatchKeyEvent', { type, key, ...KEYS[key] });
      } catch (error) {
        // The key did its work and the popup closed behind it (it opened a tab): nothing left to press.
        if ((error as Error).message !== POPUP_CLOSED) throw error;
      }
    },
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
      await cdp.detach();
    },
  };
}

/** Polls `read` in the popup until it returns something truthy (or times out), and returns it. */
export async function waitInPopup<T>(popup: RealPopup, expression: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await popup.run(expression);
    if (value) return value as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
