import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { COMMANDS, CommandMessageSchema, type CommandName, type SenderKind } from '../protocol';
import { isPlansOrSettingsKey } from '../storage/followed';
import { NEXT_ALARM, SWEEP_ALARM } from './alarms-badge';
import { notificationKind, parseNotificationId } from './notification-content';
import type { RepayService, ServiceEnv } from './service';

export function browserEnv(): ServiceEnv {
  return {
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    uiLanguage: () => browser.i18n.getUILanguage(),
    openUrl: async (url) => void (await browser.tabs.create({ url })),
    openExtensionPage: async (path) =>
      void (await browser.tabs.create({ url: browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]) })),
    clearNotification: async (id) => void (await browser.notifications.clear(id)),
  };
}

/** Extension pages may send any command; a web page's tab only the content-script ones. */
export function senderKind(sender: Browser.runtime.MessageSender | undefined): SenderKind | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const extensionOrigin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  return 'content-script';
}

/** Registers every listener synchronously, so an event that woke the worker is never missed. */
export function registerListeners(service: RepayService): void {
  const reconcile = () => void service.reconcile();
  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    onMessage(name, (message) => {
      const kind = senderKind((message as { sender?: Browser.runtime.MessageSender }).sender);
      if (!kind) return { ok: false, error: { code: 'forbidden', message: 'err.forbidden' } };
      const envelope = CommandMessageSchema.safeParse(message.data);
      if (!envelope.success) return { ok: false, error: { code: 'invalid', message: 'err.invalid' } };
      return service.execute(name, envelope.data.input, kind, envelope.data.clientId) as never;
    });
  }
  browser.runtime.onInstalled.addListener(reconcile);
  browser.runtime.onStartup.addListener(reconcile);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_ALARM || alarm.name === SWEEP_ALARM) reconcile();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some(isPlansOrSettingsKey)) reconcile();
  });
  const onNotificationClicked = (id: string) => (parseNotificationId(id) ? service.openPlanPage(id) : Promise.resolve());
  const onNotificationButtonClicked = (id: string, index: number) => {
    if (!parseNotificationId(id)) return Promise.resolve();
    if (notificationKind(id) === 'debit') return service.answerDebitFromNotification(id, index === 0);
    if (notificationKind(id) === 'statement') return service.openPlanPage(id);
    return index === 0 ? service.markPaidFromNotification(id) : service.openRepayPage(id);
  };
  browser.notifications.onClicked.addListener(onNotificationClicked);
  browser.notifications.onButtonClicked?.addListener(onNotificationButtonClicked);
  // The worker's own global, reachable only from inside the extension (DevTools, the real-browser
  // tests, which cannot click a system notification): the very functions registered above.
  Object.assign(globalThis, { repayHelper: { onNotificationClicked, onNotificationButtonClicked, reconcile: () => service.reconcile() } });
}
