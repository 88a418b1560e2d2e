import { browser } from 'wxt/browser';
import type { AgendaSnapshot } from '../core/agenda-snapshot';
import { agendaItem } from '../storage/items';
import { STORAGE_KEYS } from '../storage/keys';

// The popup's agenda is written only when it differs from what is stored: most reconciles (an alarm, a
// change that moves nothing in the agenda) would write the same few KB again, and every open view would
// hear of it.

/** What is stored, as JSON, kept up to date by every change to it (null: nothing stored; undefined: not known). */
let stored: string | undefined;
/** The read that learns what is stored, while it is not known. */
let learning: Promise<void> | null = null;

function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  const change = changes[STORAGE_KEYS.agenda];
  if (area === 'local' && change) stored = JSON.stringify(change.newValue ?? null);
}

/**
 * Learns what is stored when this worker does not know it (its first pass, or a test's reset), so that
 * even a freshly started worker writes only a change. A reconcile starts it alongside its other reads.
 */
export function learnStoredAgenda(): Promise<void> {
  // Listening from the first use on; a listener taken away (a test's reset) means nothing is known.
  if (!browser.storage.onChanged.hasListener(onChanged)) {
    stored = undefined;
    learning = null;
    browser.storage.onChanged.addListener(onChanged);
  }
  if (stored !== undefined) return Promise.resolve();
  learning ??= agendaItem.getValue().then(
    (value) => {
      // A change heard while reading is newer than what the read returned.
      stored ??= JSON.stringify(value ?? null);
    },
    () => undefined, // still not known: the next write goes ahead, and from then on it is known
  );
  return learning;
}

/** Stores `snapshot` (null: removes the agenda) unless that is what is stored already. */
export async function writeAgenda(snapshot: AgendaSnapshot | null): Promise<void> {
  await learnStoredAgenda();
  const json = JSON.stringify(snapshot);
  if (json === stored) return;
  if (snapshot) await agendaItem.setValue(snapshot);
  else await agendaItem.removeValue();
  stored = json;
}
