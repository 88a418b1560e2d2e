import { storage } from '@wxt-dev/storage';
import type { SentReminder, Settings } from '../core/schemas';
import { local, PLAN_INDEX, readItem, readStoredValue, SENT_LOG, SETTINGS } from '../storage/items';
import type { Readable } from '../storage/values';

// The three small items every reconcile reads, in one storage read instead of three: at 10 plans a
// pass's cost is mostly its round trips to the browser.

export interface ReconcileInputs {
  index: Readable<string[]>;
  settings: Readable<Settings>;
  sentLog: Readable<SentReminder[]>;
}

/** Set once each item was read through its storage item, which waits for its migrations to have run. */
let migrated = false;

export async function readReconcileInputs(now: number): Promise<ReconcileInputs> {
  if (!migrated) {
    const [index, settings, sentLog] = await Promise.all([readItem(PLAN_INDEX, now), readItem(SETTINGS, now), readItem(SENT_LOG, now)]);
    migrated = true;
    return { index, settings, sentLog };
  }
  const [index, settings, sentLog] = await storage.getItems([PLAN_INDEX, SETTINGS, SENT_LOG].map((spec) => local(spec.key)));
  return {
    index: await readStoredValue(PLAN_INDEX, index?.value, now),
    settings: await readStoredValue(SETTINGS, settings?.value, now),
    sentLog: await readStoredValue(SENT_LOG, sentLog?.value, now),
  };
}
