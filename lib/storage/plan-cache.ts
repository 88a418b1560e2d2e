import { browser } from 'wxt/browser';
import type { Plan } from '../core/schemas';
import { planIdOfKey, planKey } from './keys';
import { planHasUnknownFields } from './newer';
import { parsePlanItem, type Readable } from './values';

// The views' copy of each stored plan, validated once per stored value: a change to one plan costs the
// reader one item's read and parse, not every plan's. Each entry comes from a read or from the change
// event that carries the new value; a read that raced a change never replaces what the change brought.

interface Entry {
  read: Readable<Plan | null>;
  /** Fields this version does not know: written by a newer version. */
  newer: boolean;
}

const entries = new Map<string, Entry>();
/** How many changes have been seen, and the count at each plan item's latest change. */
let changes = 0;
const changedAt = new Map<string, number>();

const entryOf = (id: string, raw: unknown): Entry => ({ read: parsePlanItem(id, raw), newer: planHasUnknownFields(raw) });

function onChanged(changed: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'local') return;
  for (const [key, change] of Object.entries(changed)) {
    const id = planIdOfKey(key);
    if (id === null) continue;
    changedAt.set(id, ++changes);
    entries.set(id, entryOf(id, change.newValue));
  }
}

/**
 * Only what the cache holds while it hears every change: the listener is added on first use and, if it
 * was ever taken away (a test's fake browser resets its listeners), the cache starts again empty.
 */
function listening(): void {
  if (browser.storage.onChanged.hasListener(onChanged)) return;
  entries.clear();
  changedAt.clear();
  browser.storage.onChanged.addListener(onChanged);
}

/** The plans of `ids`, each read and validated only if this page has not seen its current value yet. */
export async function cachedPlanItems(ids: readonly string[]): Promise<Map<string, Entry>> {
  listening();
  const missing = ids.filter((id) => !entries.has(id));
  if (missing.length > 0) {
    const ticket = changes;
    const items = await browser.storage.local.get(missing.map(planKey));
    for (const id of missing) {
      // A change heard while reading is newer than what the read returned.
      if ((changedAt.get(id) ?? 0) > ticket) continue;
      entries.set(id, entryOf(id, items[planKey(id)]));
    }
  }
  return new Map(ids.map((id) => [id, entries.get(id) ?? entryOf(id, undefined)]));
}
