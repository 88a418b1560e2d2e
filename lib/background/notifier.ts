import { browser } from 'wxt/browser';
import type { NotificationContent } from './notification-content';
import { parseNotificationId } from './notification-content';

/**
 * Shows a reminder. The id is derived from the installments, so showing the same reminder again
 * (after a crash between showing and logging) replaces it instead of doubling it; notifications
 * still open for any of the same installments are closed first, so each shows only once.
 */
export async function showReminder(content: NotificationContent): Promise<void> {
  const keys = new Set(parseNotificationId(content.id)?.map((ref) => `${ref.planId}:${ref.period}`));
  const open = Object.keys(await browser.notifications.getAll());
  for (const id of open) {
    if (id === content.id) continue;
    if (parseNotificationId(id)?.some((ref) => keys.has(`${ref.planId}:${ref.period}`))) await browser.notifications.clear(id);
  }
  await browser.notifications.create(content.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
    // Firefox shows no notification buttons and rejects the option; a click on the body works in both.
    ...(import.meta.env.FIREFOX ? {} : { buttons: content.buttons.map((title) => ({ title })), requireInteraction: true }),
  });
}
