import { storage } from '@wxt-dev/storage';
import type { SentReminder, Settings } from '../core/schemas';
import { type ItemSpec, keepAside, PLAN_INDEX, readItem, SENT_LOG, SETTINGS } from '../storage/items';
import { parseStored, type Readable } from '../storage/values';

// The three small items every reconcile reads, in one storage read instead of three: at 10 plans a
// pass's cost is mostly its round trips to the browser.

export interface ReconcileInputs {
  index: Readable<string[]>;
  settings: Readable<Settings>;
  sentLog: Readable<SentReminder[]>;
}

/** Set once each item was read through its storage item, which waits for its migrations to have run. */
let migrated = false;

/** Each item as readItem reads it: validated, and a copy kept aside when it fails. */
async function parsed<T>(spec: ItemSpec<T>, raw: unknown, now: number): Promise<Readable<T>> {
  const result = parseStored(spec, raw);
  if (!result.ok) await keepAside(spec.key, result.raw, result.error, now);
  return result;
}

export async function readReconcileInputs(now: number): Promise<ReconcileInputs> {
  if (!migrated) {
    const [index, settings, sentLog] = await Promise.all([readItem(PLAN_INDEX, now), readItem(SETTINGS, now), readItem(SENT_LOG, now)]);
    migrated = true;
    return { index, settings, sentLog };
  }
  const [index, settings, sentLog] = await storage.getItems([PLAN_INDEX, SETTINGS, SENT_LOG].map((spec) => `local:${spec.key}` as const));
  return {
    index: await parsed(PLAN_INDEX, index?.value, now),
    settings: await parsed(SETTINGS, settings?.value, now),
    sentLog: await parsed(SENT_LOG, sentLog?.value, now),
  };
}
