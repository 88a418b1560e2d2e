import { storage } from '@wxt-dev/storage';
import type { Plan } from '../core/schemas';
import type { CommandResult } from '../protocol';
import { RECEIPTS_SPEC, type Receipt } from '../storage/values';

// Answers to recent commands, by the id their sender gave them. A view whose channel closed before
// the answer (the worker was stopped mid-command) sends the command again with the same id; the
// background answers with the first result instead of applying it twice. A plan-changing command
// writes its receipt in the same storage write as the plan, so the two cannot part.

/**
 * A retry comes within seconds of its first send, but a burst of other commands (a view marking many
 * periods paid, several views at once) can come between the two: receipts are kept by age, not by a
 * small count. Ten minutes covers any retry; the count only bounds a runaway burst. A receipt is a
 * client id and a plan id (a removed plan for an undo at most), so even a full list is small.
 */
export const RECEIPT_KEEP_MS = 10 * 60 * 1000;
export const RECEIPT_KEEP_COUNT = 500;

const RECEIPTS_KEY = `local:${RECEIPTS_SPEC.key}` as const;

export type Answer = Omit<Receipt, 'clientId' | 'at'>;
export interface StorageEntry {
  key: `local:${string}`;
  value: unknown;
}

export interface Receipts {
  find(clientId: string): Promise<Receipt | undefined>;
  /** Writes `entries` and, in the same storage write, the receipt that `clientId` was answered `answer`. */
  write(entries: StorageEntry[], clientId: string, now: number, answer: Answer): Promise<void>;
}

/** Receipts kept in storage, with a copy in memory (the background is their only writer). */
export function createReceipts(): Receipts {
  let cache: Receipt[] | null = null;
  const load = async () => {
    // A cache of answers, not user data: one that cannot be read is started afresh.
    cache ??= RECEIPTS_SPEC.schema.safeParse(await storage.getItem(RECEIPTS_KEY)).data ?? [];
    return cache;
  };
  return {
    find: async (clientId) => (await load()).find((receipt) => receipt.clientId === clientId),
    write: async (entries, clientId, now, answer) => {
      const kept = (await load()).filter((receipt) => now - receipt.at < RECEIPT_KEEP_MS && receipt.clientId !== clientId);
      const next = [...kept.slice(-(RECEIPT_KEEP_COUNT - 1)), { clientId, at: now, ...answer }];
      await storage.setItems([...entries, { key: RECEIPTS_KEY, value: next }]);
      cache = next; // only once written: a failed write must not answer a retry
    },
  };
}

/** A plan-changing command's answer: the plan, by id (a retry reads it again). */
export const planAnswer = (plan: Plan): Answer => ({ plan: plan.id });

/** Any other answer, kept as it is (small: counts, settings, a removed plan for its undo). */
export const resultAnswer = (result: CommandResult<unknown>): Answer => ({ result });
