import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { AgendaSnapshot } from '../core/agenda-snapshot';
import { agendaItem, plansHeadItem } from '../storage/items';
import { STORAGE_KEYS } from '../storage/keys';
import { plansHeadOf } from '../storage/plans-head';

// The popup's agenda and the plans list's head made from it (../storage/plans-head.ts) are written
// together, in one write, and only when they differ from what is stored: most reconciles (an alarm, a
// change that moves nothing in the agenda) would write the same few hundred KB again, and every open
// view would hear of it.

const KEYS = [STORAGE_KEYS.agenda, STORAGE_KEYS.plansHead] as const;
type Stored = Record<(typeof KEYS)[number], string>;

/** What is stored under each key, as JSON (`null` when nothing is), kept up to date by every change to it; undefined: not known. */
let stored: Stored | undefined;
/** Changes heard while what is stored is not known: newer than what the read that learns it returns. */
let heard: Partial<Stored> = {};
/** The read that learns what is stored, while it is not known. */
let learning: Promise<void> | null = null;

function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'local') return;
  for (const key of KEYS) if (key in changes) (stored ?? heard)[key] = JSON.stringify(changes[key]?.newValue ?? null);
}

/**
 * Learns what is stored when this worker does not know it (its first pass, or a test's reset), so that
 * even a freshly started worker writes only a change. A reconcile starts it alongside its other reads.
 */
export function learnStoredAgenda(): Promise<void> {
  // Listening from the first use on; a listener taken away (a test's reset) means nothing is known.
  if (!browser.storage.onChanged.hasListener(onChanged)) {
    stored = undefined;
    heard = {};
    learning = null;
    browser.storage.onChanged.addListener(onChanged);
  }
  if (stored !== undefined) return Promise.resolve();
  learning ??= Promise.all([agendaItem.getValue(), plansHeadItem.getValue()]).then(
    ([agenda, head]) => {
      stored ??= { agenda: JSON.stringify(agenda ?? null), plansHead: JSON.stringify(head ?? null), ...heard };
      heard = {};
    },
    () => undefined, // still not known: the next write goes ahead, and from then on it is known
  );
  return learning;
}

/** Stores `snapshot` and its plans head (null: removes both) unless that is what is stored already. */
export async function writeAgenda(snapshot: AgendaSnapshot | null): Promise<void> {
  await learnStoredAgenda();
  const head = snapshot && plansHeadOf(snapshot);
  const next: Stored = { agenda: JSON.stringify(snapshot), plansHead: JSON.stringify(head) };
  if (stored && KEYS.every((key) => stored?.[key] === next[key])) return;
  if (snapshot) {
    await storage.setItems([
      { item: agendaItem, value: snapshot },
      { item: plansHeadItem, value: head },
    ]);
  } else await dropAgenda();
  stored = next;
}

/** Removes the agenda and its plans head, what is stored or not (when what they would show may no longer be true). */
export function dropAgenda(): Promise<void> {
  return storage.removeItems([agendaItem, plansHeadItem]);
}
