import { browser } from 'wxt/browser';
import type { NotificationContent } from './notification-content';
import { notificationKind, parseNotificationId } from './notification-content';

/**
 * Shows a reminder. The id is derived from the installments, so showing the same reminder again
 * (after a crash between showing and logging) replaces it instead of doubling it; notifications
 * still open for any of the same installments are closed first, so each shows only once.
 */
export async function showReminder(content: NotificationContent): Promise<void> {
  const keys = new Set(parseNotificationId(content.id)?.map((ref) => `${ref.planId}:${ref.period}`));
  // A card's "next statement is out" names the statement it follows, not an installment to repay: it
  // neither replaces nor is replaced by that statement's own reminders.
  const isStatement = (id: string) => notificationKind(id) === 'statement';
  const open = Object.keys(await browser.notifications.getAll());
  for (const id of open) {
    if (id === content.id || isStatement(id) || isStatement(content.id)) continue;
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

/**
 * Closes the notifications of installments no longer open (paid, skipped, or their plan archived or
 * deleted): a reminder must not outlive what it reminds of. A grouped one goes as soon as any of its
 * installments is settled, as its text would no longer be true; the others stay on the badge and popup.
 * A question about an automatic debit goes once it is answered (`asking` no longer holds it), a card's
 * "next statement is out" once that statement is entered (`awaitingStatement` no longer holds it).
 */
export async function clearSettled(
  open: ReadonlySet<string>,
  asking: ReadonlySet<string>,
  awaitingStatement: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const cleared: string[] = [];
  for (const id of Object.keys(await browser.notifications.getAll())) {
    const kind = notificationKind(id);
    const current = kind === 'debit' ? asking : kind === 'statement' ? awaitingStatement : open;
    if (parseNotificationId(id)?.some((ref) => !current.has(`${ref.planId}:${ref.period}`))) {
      await browser.notifications.clear(id);
      cleared.push(id);
    }
  }
  return cleared;
}
