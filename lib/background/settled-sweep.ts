import type { NotificationContent } from './notification-content';
import { clearSettled, showReminder } from './notifier';

type Keys = ReadonlySet<string>;
/** What clearSettled keeps: open installments, debit questions still asked, statements still awaited. */
export type Keeping = readonly [open: Keys, asking: Keys, awaitingStatement: Keys];

const within = (before: Keys, now: Keys) => before.size <= now.size && [...before].every((key) => now.has(key));

/**
 * Reminders shown and settled ones closed, asking the browser which notifications are open only when
 * one could have become settled. Every notification open after this worker's last sweep passed it
 * (all it names was kept) or was shown since: while nothing is shown and every kept set still holds
 * what it held then, nothing can need closing. The memory is this worker's alone, so a restarted
 * worker (or a new service) asks the browser on its first pass.
 */
export function createSettledSweep() {
  let swept: Keeping | null = null;
  return {
    async show(content: NotificationContent): Promise<void> {
      swept = null;
      await showReminder(content);
    },
    /** clearSettled, or nothing when nothing can have become settled since the last sweep. */
    async sweep(keeping: Keeping): Promise<string[]> {
      if (swept?.every((before, i) => within(before, keeping[i] as Keys))) return [];
      swept = null;
      const cleared = await clearSettled(...keeping);
      swept = keeping;
      return cleared;
    },
  };
}

export type SettledSweep = ReturnType<typeof createSettledSweep>;
