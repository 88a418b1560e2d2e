import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import type { Plan, Settings } from '../core/schemas';
import { SoundPlanSchema } from '../core/terms';
import { local, SETTINGS, writeItem } from '../storage/items';
import { planIdOfSyncDocKey, planKey, SYNC_LOCAL, syncDocKey } from '../storage/keys';
import { type ClockState, DEVICE_ID } from '../sync/hlc';
import { type PlanDoc, PlanDocSchema } from '../sync/plan-registers';
import { type SettingsDoc, SettingsDocSchema } from '../sync/settings-doc';
import type { SyncStatus } from '../sync/status';
import { indexEntries } from './plans-store';

// This browser's own sync state, kept in storage.local and never itself synced: its device id and
// hybrid clock, the full shared state of every plan (`syncDoc:<id>`, so a write to the sync area that
// fails or does not fit loses nothing) and of the settings, the times of its recent writes (the rate
// budget) and the last pass's status, which the settings page shows.

const ClockSchema = z.object({ device: z.string().check(z.regex(DEVICE_ID)), wall: z.int(), count: z.int() });
const HistorySchema = z.array(z.number());

function newDevice(): ClockState {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return { device: [...bytes].map((byte) => (byte % 36).toString(36)).join(''), wall: 0, count: 0 };
}

export interface LocalSyncState {
  clock: ClockState;
  /** The shared state of each plan, by id: plans here, and plans deleted here whose tombstone is kept. */
  docs: Map<string, PlanDoc>;
  /** Absent until the first pass shares the settings. */
  settingsDoc: SettingsDoc | undefined;
  /** When the recent writes to the sync area were made. */
  writes: number[];
}

/** Reads the whole sync state kept here; what cannot be read starts again (a new device, no history). */
export async function readLocalSyncState(): Promise<LocalSyncState> {
  // Every key: no index lists the shared states, one per plan ever synced (deleted ones included).
  const stored = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const docs = new Map<string, PlanDoc>();
  for (const [key, value] of Object.entries(stored)) {
    const id = planIdOfSyncDocKey(key);
    const parsed = id === null ? null : PlanDocSchema.safeParse(value);
    if (id !== null && parsed?.success) docs.set(id, parsed.data);
  }
  return {
    clock: ClockSchema.safeParse(stored[SYNC_LOCAL.clock]).data ?? newDevice(),
    docs,
    settingsDoc: SettingsDocSchema.safeParse(stored[SYNC_LOCAL.settingsDoc]).data,
    writes: HistorySchema.safeParse(stored[SYNC_LOCAL.writes]).data ?? [],
  };
}

/** The last pass's status, for the settings page. */
export const writeSyncStatus = (status: SyncStatus) => storage.setItem(local(SYNC_LOCAL.status), status);
export const readSyncStatus = () => storage.getItem<SyncStatus>(local(SYNC_LOCAL.status));

/** What a pass changes here. */
export interface LocalWrites {
  planWrites: Map<string, Plan>;
  removedHere: string[];
  docWrites: Map<string, PlanDoc>;
  settings: Settings;
  settingsHere: Settings;
  settingsDoc: SettingsDoc;
  clock: ClockState;
  writes: number[];
  status: SyncStatus;
}

const planEntry = (plan: Plan) => ({ key: local(planKey(plan.id)), value: SoundPlanSchema.parse(plan) });
const docEntry = (id: string, doc: PlanDoc) => ({ key: local(syncDocKey(id)), value: doc });
const clockEntry = (clock: ClockState) => ({ key: local(SYNC_LOCAL.clock), value: clock });

/** Writes the merge's result here: each plan with its shared state in one write, then the index. */
export async function applyHere(writes: LocalWrites, current: readonly Plan[]): Promise<void> {
  const ids = current.map((plan) => plan.id).filter((id) => !writes.removedHere.includes(id));
  for (const id of writes.planWrites.keys()) if (!ids.includes(id)) ids.push(id);
  const indexChanged = ids.length !== current.length || writes.removedHere.length > 0;
  await storage.setItems([
    ...[...writes.planWrites.values()].map(planEntry),
    ...[...writes.docWrites].map(([id, doc]) => docEntry(id, doc)),
    ...(indexChanged ? indexEntries(ids) : []),
    { key: local(SYNC_LOCAL.settingsDoc), value: writes.settingsDoc },
    clockEntry(writes.clock),
    { key: local(SYNC_LOCAL.writes), value: writes.writes },
    { key: local(SYNC_LOCAL.status), value: writes.status },
  ]);
  if (writes.removedHere.length > 0) await storage.removeItems(writes.removedHere.map((id) => local(planKey(id))));
  if (canonical(writes.settingsHere) !== canonical(writes.settings)) await writeItem(SETTINGS, writes.settingsHere);
}

/** The shared state kept here for one plan (null: none). */
export async function localDoc(id: string): Promise<PlanDoc | null> {
  return PlanDocSchema.safeParse(await storage.getItem(local(syncDocKey(id)))).data ?? null;
}
export async function writeLocalDoc(doc: PlanDoc, plan: Plan | null, clock: ClockState): Promise<void> {
  await storage.setItems([docEntry(doc.id, doc), clockEntry(clock), ...(plan ? [planEntry(plan)] : [])]);
}
export async function localClock(): Promise<ClockState> {
  return ClockSchema.safeParse(await storage.getItem(local(SYNC_LOCAL.clock))).data ?? newDevice();
}
