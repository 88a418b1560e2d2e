import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import type { Plan, Settings } from '../core/schemas';
import { SoundPlanSchema } from '../core/terms';
import { readItem, SETTINGS, writeItem } from '../storage/items';
import { type ClockState, DEVICE_ID, stampOf } from '../sync/hlc';
import { decodeArea, deviceItemKey, encodePlan, fitPlans, itemBytes, planKeysIn, type RemoteArea, SETTINGS_ITEM } from '../sync/layout';
import {
  docOfPlan,
  isLive,
  latestChange,
  mergePlanDocs,
  type PlanDoc,
  PlanDocSchema,
  planOfDoc,
  recordLocal,
  sameDoc,
  termsConflict,
} from '../sync/plan-doc';
import { keptHistory, nextWriteAt } from '../sync/rate';
import {
  docOfSettings,
  mergeSettingsDocs,
  recordLocalSettings,
  type SettingsDoc,
  SettingsDocSchema,
  settingsOfDoc,
} from '../sync/settings-doc';
import type { SyncPreview, SyncStatus } from '../sync/status';
import { indexEntries, readPlans } from './plans-store';
import { storedByNewerVersion } from './read-only';
import { clearSettledNotifications } from './sync-notifications';

// One sync pass, run in the background's queue like any command: what changed here is recorded in the
// shared state (stamped), the sync area's state is merged in, the result is applied here (plans,
// settings) and written back to the sync area as far as it fits and the write budget allows. The full
// shared state is also kept here (`syncDoc:<id>`), so a write that fails or does not fit loses nothing:
// the next pass writes it again.

export const SYNC_LOCAL = { clock: 'syncClock', settingsDoc: 'syncSettingsDoc', status: 'syncStatus', writes: 'syncWrites' } as const;
const DOC_PREFIX = 'syncDoc:';
const local = (key: string) => `local:${key}` as const;

export interface SyncArea {
  get(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
export const browserSyncArea = (): SyncArea => ({
  get: () => browser.storage.sync.get(null),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
});

const ClockSchema = z.object({ device: z.string().check(z.regex(DEVICE_ID)), wall: z.int(), count: z.int() });
const HistorySchema = z.array(z.number());

function newDevice(): ClockState {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return { device: [...bytes].map((byte) => (byte % 36).toString(36)).join(''), wall: 0, count: 0 };
}

export interface PassResult {
  status: SyncStatus;
  preview: SyncPreview;
  /** When to run again (writes held back by the budget or a rate error). */
  retryAt: number | null;
}

/** The status of a pass that synced nothing (sync off, paused or failing). */
export const offStatus = (now: number, state: SyncStatus['state'] = 'off', error?: string): SyncStatus => ({
  state,
  at: now,
  synced: 0,
  total: 0,
  left: [],
  bytes: 0,
  budget: 0,
  unreadable: 0,
  incomplete: 0,
  conflicts: [],
  ...(error ? { error } : {}),
});

/** Plans compared as the user sees them: the order of payments and the bookkeeping time aside. */
const comparable = (plan: Plan) =>
  canonical({ ...plan, updatedAt: 0, payments: [...plan.payments].sort((a, b) => (a.id < b.id ? -1 : 1)) });

interface Candidate {
  id: string;
  doc: PlanDoc;
  title: string;
  rank: number;
}

/** Runs one pass. `preview`: computes what it would do and writes nothing (sync may still be off). */
export async function syncPass(now: number, options: { area?: SyncArea; preview?: boolean } = {}): Promise<PassResult | null> {
  const area = options.area ?? browserSyncArea();
  const dry = options.preview === true;
  const settingsRead = await readItem(SETTINGS, now);
  // Settings that cannot be read cannot say sync is on: nothing is synced, and nothing written.
  if (!settingsRead.ok) return dry ? done(offStatus(now, 'error', 'sync.err.unreadable'), true) : null;
  const settings = settingsRead.value;
  if (!settings.sync && !dry) return null;
  const plans = await readPlans(now);
  if (!plans.ok) return done(offStatus(now, 'error', 'sync.err.unreadable'), dry);
  if (plans.newer || (await storedByNewerVersion())) return done(offStatus(now, 'paused', 'err.newerData'), dry);

  const stored = (await browser.storage.local.get(null)) as Record<string, unknown>;
  let clock = ClockSchema.safeParse(stored[SYNC_LOCAL.clock]).data ?? newDevice();
  const docs = new Map<string, PlanDoc>();
  for (const [key, value] of Object.entries(stored)) {
    const parsed = key.startsWith(DOC_PREFIX) ? PlanDocSchema.safeParse(value) : null;
    if (parsed?.success) docs.set(key.slice(DOC_PREFIX.length), parsed.data);
  }
  let rawArea: Record<string, unknown>;
  try {
    rawArea = await area.get();
  } catch (error) {
    console.error('[repay-helper] sync storage cannot be read', error);
    return done(offStatus(now, 'error', 'sync.err.area'), dry);
  }
  const remote = decodeArea(rawArea);

  const localPlans = new Map(plans.plans.map((plan) => [plan.id, plan]));
  const unreadableHere = new Set(plans.unreadable);
  const ids = [...new Set([...plans.plans.map((plan) => plan.id), ...docs.keys(), ...remote.plans.keys()])];
  const preview: SyncPreview = {
    ...emptyPreview(),
    remotePlans: [...remote.plans.values()].filter((entry) => entry.kind !== 'doc' || isLive(entry.doc)).length,
    remoteSettings: remote.settings !== null,
  };
  const planWrites = new Map<string, Plan>();
  const removedHere: string[] = [];
  const docWrites = new Map<string, PlanDoc>();
  const candidates: Candidate[] = [];
  let unreadable = 0;
  let incomplete = 0;
  for (const id of ids) {
    if (unreadableHere.has(id)) continue; // kept aside and reported; never synced over
    const plan = localPlans.get(id) ?? null;
    let doc = docs.get(id) ?? (plan ? docOfPlan(plan, clock.device) : null);
    if (doc) ({ doc, clock } = recordLocal(doc, plan, clock, now));
    const there = remote.plans.get(id);
    if (there?.kind === 'doc') doc = doc ? mergePlanDocs(doc, there.doc) : there.doc;
    if (!doc) continue;
    const shared = planOfDoc(doc);
    if (shared && !plan) {
      preview.addedHere.push(shared.title);
      planWrites.set(id, shared);
    } else if (!shared && plan) {
      preview.removedHere.push(plan.title);
      removedHere.push(id);
    } else if (shared && plan && comparable(shared) !== comparable(plan)) {
      preview.changedHere.push(shared.title);
      const known = new Set(plan.payments.map((payment) => payment.id));
      preview.paymentsHere += shared.payments.filter((payment) => !known.has(payment.id)).length;
      planWrites.set(id, shared);
    } else if (shared && plan && canonical(shared) !== canonical(plan)) {
      // Only the bookkeeping differs (when it changed, the payments' order): written so both browsers agree.
      planWrites.set(id, shared);
    }
    if (!sameDoc(doc, docs.get(id))) docWrites.set(id, doc);
    const conflict = termsConflict(doc);
    const title = shared?.title ?? plan?.title ?? id;
    if (conflict) preview.conflicts.push({ ...conflict, title });
    if (there?.kind === 'unreadable') unreadable++;
    else if (there?.kind === 'incomplete') incomplete++;
    else {
      if (!there && plan) preview.addedThere.push(plan.title);
      // Open plans first, then archived ones, then deletions; the most recently changed first within each.
      const rank = !shared ? 2 : shared.archived ? 1 : 0;
      candidates.push({ id, doc, title, rank });
    }
  }

  // Settings: this device's changes recorded, the shared ones applied here (whether to sync stays local).
  const storedSettingsDoc = SettingsDocSchema.safeParse(stored[SYNC_LOCAL.settingsDoc]).data;
  let settingsDoc: SettingsDoc;
  if (storedSettingsDoc) ({ doc: settingsDoc, clock } = recordLocalSettings(storedSettingsDoc, settings, clock, now));
  // A browser joining takes the settings the others share (the preview says so); the first one shares its own.
  else settingsDoc = remote.settings ?? docOfSettings(settings, clock.device);
  if (remote.settings) settingsDoc = mergeSettingsDocs(settingsDoc, remote.settings);
  const settingsHere: Settings = settingsOfDoc(settingsDoc, settings);
  preview.settingsChangeHere = canonical(settingsHere) !== canonical(settings);

  // What goes to the sync area: as many plans as fit, the most useful first.
  candidates.sort((a, b) => a.rank - b.rank || ((latestChange(b.doc) ?? '') > (latestChange(a.doc) ?? '') ? 1 : -1));
  const encoded = candidates.map((candidate) => ({ id: candidate.id, items: encodePlan(candidate.doc) }));
  const fixed = itemBytes(SETTINGS_ITEM, settingsDoc) + devicesBytes(remote, clock.device);
  let fit = fitPlans(encoded, fixed);
  // Plans left out keep whatever another browser stored for them; that room is not ours to count on.
  for (let round = 0; round < 4; round++) {
    const held = fit.left.reduce(
      (sum, id) => sum + planKeysIn(rawArea, id).reduce((bytes, key) => bytes + itemBytes(key, rawArea[key]), 0),
      0,
    );
    const next = fitPlans(encoded, fixed + held);
    if (next.fitting.length === fit.fitting.length) break;
    fit = next;
  }
  const titleOf = new Map(candidates.map((candidate) => [candidate.id, candidate.title]));
  const liveLeft = fit.left.filter((id) => candidates.find((candidate) => candidate.id === id)?.rank !== 2);
  preview.fits = {
    synced: candidates.filter((candidate) => candidate.rank !== 2).length - liveLeft.length,
    total: candidates.filter((candidate) => candidate.rank !== 2).length,
    left: liveLeft.map((id) => titleOf.get(id) ?? id),
  };
  if (dry) return { status: offStatus(now, 'off'), preview, retryAt: null };

  const toSet: Record<string, unknown> = {};
  const toRemove: string[] = [];
  const fitting = new Set(fit.fitting);
  for (const { id, items } of encoded) {
    if (!fitting.has(id)) continue;
    if (Object.entries(items).some(([key, value]) => canonical(value) !== canonical(rawArea[key]))) Object.assign(toSet, items);
    toRemove.push(...planKeysIn(rawArea, id).filter((key) => !Object.hasOwn(items, key)));
  }
  if (!sameDoc(settingsDoc, rawArea[SETTINGS_ITEM])) toSet[SETTINGS_ITEM] = settingsDoc;
  const deviceKey = deviceItemKey(clock.device);
  if (Object.keys(toSet).length > 0 || toRemove.length > 0 || !rawArea[deviceKey]) {
    toSet[deviceKey] = { a: stampOf(clock.wall, clock.count, clock.device), w: now };
  }

  let history = keptHistory(HistorySchema.safeParse(stored[SYNC_LOCAL.writes]).data ?? [], now);
  let retryAt: number | null = null;
  let error: string | undefined;
  const writeAt = nextWriteAt(history, now);
  if (writeAt > now) retryAt = writeAt;
  else {
    try {
      await area.set(toSet);
      history = [...history, now];
      if (toRemove.length > 0) {
        await area.remove(toRemove);
        history = [...history, now];
      }
    } catch (failure) {
      const message = String((failure as Error)?.message ?? failure);
      console.error('[repay-helper] sync write refused', message);
      // Nothing is lost: everything stays here and the next pass writes what is still missing.
      // Chrome: "Resource::kQuotaBytes quota exceeded", "… exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota"; Firefox: "… exceeded its quota limitations".
      error = /WRITE_OPERATIONS/i.test(message) ? 'sync.err.rate' : /quota/i.test(message) ? 'sync.err.quota' : 'sync.err.area';
      retryAt = now + 60_000;
    }
  }

  const status: SyncStatus = {
    state: error ? 'error' : retryAt ? 'waiting' : liveLeft.length > 0 ? 'partial' : 'ok',
    at: now,
    synced: preview.fits.synced,
    total: preview.fits.total,
    left: liveLeft.map((id) => ({ id, title: titleOf.get(id) ?? id })),
    bytes: fit.bytes + fixed,
    budget: fit.budget + fixed,
    unreadable,
    incomplete,
    conflicts: preview.conflicts,
    ...(error ? { error } : {}),
    ...(retryAt ? { nextWriteAt: retryAt } : {}),
  };
  await applyHere({ planWrites, removedHere, docWrites, settings, settingsHere, settingsDoc, clock, history, status }, plans.plans);
  if (planWrites.size > 0 || removedHere.length > 0) await clearSettledNotifications([...planWrites.values()], removedHere, now);
  return { status, preview, retryAt };
}

function devicesBytes(remote: RemoteArea, device: string): number {
  let bytes = itemBytes(deviceItemKey(device), { a: stampOf(0, 0, device), w: Date.now() });
  for (const [id, item] of remote.devices) if (id !== device) bytes += itemBytes(deviceItemKey(id), item);
  return bytes;
}

async function done(status: SyncStatus, dry: boolean): Promise<PassResult> {
  if (!dry) await storage.setItem(local(SYNC_LOCAL.status), status);
  return { status, preview: emptyPreview(), retryAt: null };
}

const emptyPreview = (): SyncPreview => ({
  remotePlans: 0,
  remoteSettings: false,
  addedHere: [],
  changedHere: [],
  removedHere: [],
  paymentsHere: 0,
  addedThere: [],
  settingsChangeHere: false,
  conflicts: [],
  fits: { synced: 0, total: 0, left: [] },
});

interface LocalWrites {
  planWrites: Map<string, Plan>;
  removedHere: string[];
  docWrites: Map<string, PlanDoc>;
  settings: Settings;
  settingsHere: Settings;
  settingsDoc: SettingsDoc;
  clock: ClockState;
  history: number[];
  status: SyncStatus;
}

/** Writes the merge's result here: each plan with its shared state in one write, then the index. */
async function applyHere(writes: LocalWrites, current: readonly Plan[]): Promise<void> {
  const ids = current.map((plan) => plan.id).filter((id) => !writes.removedHere.includes(id));
  for (const id of writes.planWrites.keys()) if (!ids.includes(id)) ids.push(id);
  const indexChanged = ids.length !== current.length || writes.removedHere.length > 0;
  await storage.setItems([
    ...[...writes.planWrites.values()].map((plan) => ({ key: local(`plan:${plan.id}`), value: SoundPlanSchema.parse(plan) })),
    ...[...writes.docWrites].map(([id, doc]) => ({ key: local(`${DOC_PREFIX}${id}`), value: doc })),
    ...(indexChanged ? indexEntries(ids) : []),
    { key: local(SYNC_LOCAL.settingsDoc), value: writes.settingsDoc },
    { key: local(SYNC_LOCAL.clock), value: writes.clock },
    { key: local(SYNC_LOCAL.writes), value: writes.history },
    { key: local(SYNC_LOCAL.status), value: writes.status },
  ]);
  if (writes.removedHere.length > 0) await storage.removeItems(writes.removedHere.map((id) => local(`plan:${id}`)));
  if (canonical(writes.settingsHere) !== canonical(writes.settings)) await writeItem(SETTINGS, writes.settingsHere);
}

/** The shared state kept here for one plan (null: none). */
export async function localDoc(id: string): Promise<PlanDoc | null> {
  return PlanDocSchema.safeParse(await storage.getItem(local(`${DOC_PREFIX}${id}`))).data ?? null;
}
export async function writeLocalDoc(doc: PlanDoc, plan: Plan | null, clock: ClockState): Promise<void> {
  await storage.setItems([
    { key: local(`${DOC_PREFIX}${doc.id}`), value: doc },
    { key: local(SYNC_LOCAL.clock), value: clock },
    ...(plan ? [{ key: local(`plan:${plan.id}`), value: SoundPlanSchema.parse(plan) }] : []),
  ]);
}
export async function localClock(): Promise<ClockState> {
  return ClockSchema.safeParse(await storage.getItem(local(SYNC_LOCAL.clock))).data ?? newDevice();
}
