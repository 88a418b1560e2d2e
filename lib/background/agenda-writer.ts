import { browser } from 'wxt/browser';
import type { AgendaSnapshot } from '../core/agenda-snapshot';
import { agendaItem } from '../storage/items';
import { STORAGE_KEYS } from '../storage/keys';

// The popup's agenda is written only when it differs from what is stored: most reconciles (an alarm, a
// change that moves nothing in the agenda) would write the same few KB again.

/** What is stored, as JSON, kept up to date by every change to it (null: nothing stored; undefined: not known). */
let stored: string | undefined;

function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  const change = changes[STORAGE_KEYS.agenda];
  if (area === 'local' && change) stored = JSON.stringify(change.newValue ?? null);
}

/** Stores `snapshot` (null: removes the agenda) unless that is what is stored already. */
export async function writeAgenda(snapshot: AgendaSnapshot | null): Promise<void> {
  // Listening from the first write on; a listener taken away (a test's reset) means nothing is known.
  if (!browser.storage.onChanged.hasListener(onChanged)) {
    stored = undefined;
    browser.storage.onChanged.addListener(onChanged);
  }
  const json = JSON.stringify(snapshot);
  if (json === stored) return;
  if (snapshot) await agendaItem.setValue(snapshot);
  else await agendaItem.removeValue();
  stored = json;
}
