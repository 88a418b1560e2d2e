import { browser } from 'wxt/browser';
import { canonical } from '../core/backup';
import { readItem, SETTINGS } from '../storage/items';
import { stampOf } from '../sync/hlc';
import { decodeArea, deviceItemKey, encodePlan, fitPlans, itemBytes, planKeysIn, type RemoteArea, SETTINGS_ITEM } from '../sync/layout';
import { latestChange, sameDoc } from '../sync/plan-registers';
import { keptHistory, nextWriteAt } from '../sync/rate';
import type { SettingsDoc } from '../sync/settings-doc';
import type { SyncPreview, SyncStatus } from '../sync/status';
import { readPlans } from './plans-store';
import { storedByNewerVersion } from './read-only';
import { applyHere, readLocalSyncState, writeSyncStatus } from './sync-local';
import { type Candidate, emptyPreview, mergePlans, mergeSettings, offStatus } from './sync-merge';
import { clearSettledNotifications } from './sync-notifications';

// One sync pass, run in the background's queue like any command: what changed here is recorded in the
// shared state (stamped), the sync area's state is merged in (./sync-merge.ts), the result is applied
// here (plans, settings) and written back to the sync area as far as it fits and the write budget
// allows. The full shared state is also kept here (./sync-local.ts), so a write that fails or does not
// fit loses nothing: the next pass writes it again.

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

export interface PassResult {
  status: SyncStatus;
  preview: SyncPreview;
  /** When to run again (writes held back by the budget or a rate error). */
  retryAt: number | null;
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

  const state = await readLocalSyncState();
  let rawArea: Record<string, unknown>;
  try {
    rawArea = await area.get();
  } catch (error) {
    console.error('[repay-helper] sync storage cannot be read', error);
    return done(offStatus(now, 'error', 'sync.err.area'), dry);
  }
  const remote = decodeArea(rawArea);
  const merged = mergePlans(plans, state, remote, now);
  const { settingsDoc, settingsHere, clock } = mergeSettings(state.settingsDoc, settings, remote, merged.clock, now);
  const { preview } = merged;
  preview.settingsChangeHere = canonical(settingsHere) !== canonical(settings);
  const fit = fitArea(merged.candidates, settingsDoc, remote, rawArea, clock.device);
  preview.fits = fit.fits;
  if (dry) return { status: offStatus(now, 'off'), preview, retryAt: null };

  const { toSet, toRemove } = areaChanges(fit, settingsDoc, rawArea);
  const deviceKey = deviceItemKey(clock.device);
  if (Object.keys(toSet).length > 0 || toRemove.length > 0 || !rawArea[deviceKey]) {
    toSet[deviceKey] = { a: stampOf(clock.wall, clock.count, clock.device), w: now };
  }
  const { writes, retryAt, error } = await writeArea(area, toSet, toRemove, keptHistory(state.writes, now), now);
  const status: SyncStatus = {
    state: error ? 'error' : retryAt ? 'waiting' : fit.left.length > 0 ? 'partial' : 'ok',
    at: now,
    synced: preview.fits.synced,
    total: preview.fits.total,
    left: fit.left,
    bytes: fit.bytes,
    budget: fit.budget,
    unreadable: merged.unreadable,
    incomplete: merged.incomplete,
    conflicts: preview.conflicts,
    ...(error ? { error } : {}),
    ...(retryAt ? { nextWriteAt: retryAt } : {}),
  };
  const { planWrites, removedHere, docWrites } = merged;
  await applyHere({ planWrites, removedHere, docWrites, settings, settingsHere, settingsDoc, clock, writes, status }, plans.plans);
  if (planWrites.size > 0 || removedHere.length > 0) await clearSettledNotifications([...planWrites.values()], removedHere, now);
  return { status, preview, retryAt };
}

interface AreaFit {
  /** Each candidate's items, the most useful first; the ids of those that fit. */
  encoded: Array<{ id: string; items: Record<string, unknown> }>;
  fitting: Set<string>;
  /** Live plans left out: kept on this browser only. */
  left: Array<{ id: string; title: string }>;
  fits: SyncPreview['fits'];
  bytes: number;
  budget: number;
}

/** What goes to the sync area: as many plans as fit, the most useful first. */
function fitArea(
  candidates: Candidate[],
  settingsDoc: SettingsDoc,
  remote: RemoteArea,
  rawArea: Record<string, unknown>,
  device: string,
): AreaFit {
  candidates.sort((a, b) => a.rank - b.rank || ((latestChange(b.doc) ?? '') > (latestChange(a.doc) ?? '') ? 1 : -1));
  const encoded = candidates.map((candidate) => ({ id: candidate.id, items: encodePlan(candidate.doc) }));
  const fixed = itemBytes(SETTINGS_ITEM, settingsDoc) + devicesBytes(remote, device);
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
  const live = candidates.filter((candidate) => candidate.rank !== 2);
  const liveLeft = fit.left.filter((id) => candidates.find((candidate) => candidate.id === id)?.rank !== 2);
  return {
    encoded,
    fitting: new Set(fit.fitting),
    left: liveLeft.map((id) => ({ id, title: titleOf.get(id) ?? id })),
    fits: { synced: live.length - liveLeft.length, total: live.length, left: liveLeft.map((id) => titleOf.get(id) ?? id) },
    bytes: fit.bytes + fixed,
    budget: fit.budget + fixed,
  };
}

/** The items to set and remove in the sync area: only what differs from what it holds. */
function areaChanges(fit: AreaFit, settingsDoc: SettingsDoc, rawArea: Record<string, unknown>) {
  const toSet: Record<string, unknown> = {};
  const toRemove: string[] = [];
  for (const { id, items } of fit.encoded) {
    if (!fit.fitting.has(id)) continue;
    if (Object.entries(items).some(([key, value]) => canonical(value) !== canonical(rawArea[key]))) Object.assign(toSet, items);
    toRemove.push(...planKeysIn(rawArea, id).filter((key) => !Object.hasOwn(items, key)));
  }
  if (!sameDoc(settingsDoc, rawArea[SETTINGS_ITEM])) toSet[SETTINGS_ITEM] = settingsDoc;
  return { toSet, toRemove };
}

/** Writes to the sync area within the write budget; a refused write is reported and retried, nothing dropped. */
async function writeArea(area: SyncArea, toSet: Record<string, unknown>, toRemove: string[], history: number[], now: number) {
  let writes = history;
  const writeAt = nextWriteAt(writes, now);
  if (writeAt > now) return { writes, retryAt: writeAt, error: undefined };
  try {
    await area.set(toSet);
    writes = [...writes, now];
    if (toRemove.length > 0) {
      await area.remove(toRemove);
      writes = [...writes, now];
    }
    return { writes, retryAt: null, error: undefined };
  } catch (failure) {
    const message = String((failure as Error)?.message ?? failure);
    console.error('[repay-helper] sync write refused', message);
    // Nothing is lost: everything stays here and the next pass writes what is still missing.
    // Chrome: "Resource::kQuotaBytes quota exceeded", "… exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota"; Firefox: "… exceeded its quota limitations".
    const error = /WRITE_OPERATIONS/i.test(message) ? 'sync.err.rate' : /quota/i.test(message) ? 'sync.err.quota' : 'sync.err.area';
    return { writes, retryAt: now + 60_000, error };
  }
}

function devicesBytes(remote: RemoteArea, device: string): number {
  let bytes = itemBytes(deviceItemKey(device), { a: stampOf(0, 0, device), w: Date.now() });
  for (const [id, item] of remote.devices) if (id !== device) bytes += itemBytes(deviceItemKey(id), item);
  return bytes;
}

async function done(status: SyncStatus, dry: boolean): Promise<PassResult> {
  if (!dry) await writeSyncStatus(status);
  return { status, preview: emptyPreview(), retryAt: null };
}
