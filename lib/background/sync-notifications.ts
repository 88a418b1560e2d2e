import { browser } from 'wxt/browser';
import { lenderToday } from '../core/dates';
import type { Plan } from '../core/schemas';
import { planStatus } from '../core/status';
import { parseNotificationId } from './notification-content';

// A reminder shown here for an installment paid (or skipped) on another browser is closed when that
// payment arrives, and so is one for a plan deleted there. This browser's sent-log is its own: the
// reminder is not shown again here, and the other browser never learns what was shown here.

const SETTLED = new Set(['paid', 'skipped']);

export async function clearSettledNotifications(changed: readonly Plan[], removed: readonly string[], now: number): Promise<string[]> {
  const today = lenderToday(now);
  const byId = new Map(changed.map((plan) => [plan.id, plan]));
  const gone = new Set(removed);
  const settled = (planId: string, period: number) => {
    if (gone.has(planId)) return true;
    const plan = byId.get(planId);
    const row = plan ? planStatus(plan, today).find((candidate) => candidate.period === period) : undefined;
    return row ? SETTLED.has(row.state) : false;
  };
  const cleared: string[] = [];
  for (const id of Object.keys(await browser.notifications.getAll())) {
    const refs = parseNotificationId(id);
    if (!refs?.some((ref) => byId.has(ref.planId) || gone.has(ref.planId))) continue;
    if (refs.every((ref) => settled(ref.planId, ref.period))) {
      await browser.notifications.clear(id);
      cleared.push(id);
    }
  }
  return cleared;
}
