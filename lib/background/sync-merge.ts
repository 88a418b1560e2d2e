import { canonical } from '../core/backup';
import type { Plan, Settings } from '../core/schemas';
import { withinSnoozeLimit } from '../core/snooze';
import type { ClockState } from '../sync/hlc';
import type { RemoteArea } from '../sync/layout';
import { docOfPlan, planOfDoc, recordLocal, termsConflict } from '../sync/plan-doc';
import { isLive, mergePlanDocs, type PlanDoc, sameDoc } from '../sync/plan-registers';
import { docOfSettings, mergeSettingsDocs, recordLocalSettings, type SettingsDoc, settingsOfDoc } from '../sync/settings-doc';
import type { SyncPreview, SyncStatus } from '../sync/status';
import type { PlansRead } from './plans-store';
import type { LocalSyncState } from './sync-local';

// A sync pass's merge, in memory: what changed here is recorded in each shared state (stamped), the
// sync area's states are merged in, and the outcome says what to write here and what to offer the
// sync area. Nothing is read or written here (./sync-pass.ts does both). Also what a pass that merged
// nothing answers (offStatus, emptyPreview).

export const emptyPreview = (): SyncPreview => ({
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

/** A plan's shared state offered to the sync area; `rank`: 0 open, 1 archived, 2 deleted. */
export interface Candidate {
  id: string;
  doc: PlanDoc;
  title: string;
  rank: number;
}

export interface PlansMerge {
  clock: ClockState;
  preview: SyncPreview;
  planWrites: Map<string, Plan>;
  removedHere: string[];
  docWrites: Map<string, PlanDoc>;
  candidates: Candidate[];
  /** Plans the sync area holds that this version cannot read, or whose parts are still arriving. */
  unreadable: number;
  incomplete: number;
}

/** Plans compared as the user sees them: the order of payments and the bookkeeping time aside. */
const comparable = (plan: Plan) =>
  canonical({ ...plan, updatedAt: 0, payments: [...plan.payments].sort((a, b) => (a.id < b.id ? -1 : 1)) });

/** Merges every plan here, kept here and in the sync area. */
export function mergePlans(plans: Extract<PlansRead, { ok: true }>, state: LocalSyncState, remote: RemoteArea, now: number): PlansMerge {
  const { docs } = state;
  const localPlans = new Map(plans.plans.map((plan) => [plan.id, plan]));
  const unreadableHere = new Set(plans.unreadable);
  const ids = [...new Set([...plans.plans.map((plan) => plan.id), ...docs.keys(), ...remote.plans.keys()])];
  const out: PlansMerge = {
    clock: state.clock,
    preview: {
      ...emptyPreview(),
      remotePlans: [...remote.plans.values()].filter((entry) => entry.kind !== 'doc' || isLive(entry.doc)).length,
      remoteSettings: remote.settings !== null,
    },
    planWrites: new Map(),
    removedHere: [],
    docWrites: new Map(),
    candidates: [],
    unreadable: 0,
    incomplete: 0,
  };
  const { preview, planWrites } = out;
  for (const id of ids) {
    if (unreadableHere.has(id)) continue; // kept aside and reported; never synced over
    const plan = localPlans.get(id) ?? null;
    let doc = docs.get(id) ?? (plan ? docOfPlan(plan, out.clock.device) : null);
    if (doc) ({ doc, clock: out.clock } = recordLocal(doc, plan, out.clock, now));
    const there = remote.plans.get(id);
    if (there?.kind === 'doc') doc = doc ? mergePlanDocs(doc, there.doc) : there.doc;
    if (!doc) continue;
    // A snooze from elsewhere is held to this browser's limit like one set here (the next pass shares its end).
    const fromDoc = planOfDoc(doc);
    // A live state whose plan this version cannot read is no deletion: the plan here stays, reported unreadable.
    if (!fromDoc && plan && isLive(doc)) {
      out.unreadable++;
      continue;
    }
    const shared = fromDoc && withinSnoozeLimit(fromDoc, now);
    if (shared && !plan) {
      preview.addedHere.push(shared.title);
      planWrites.set(id, shared);
    } else if (!shared && plan) {
      preview.removedHere.push(plan.title);
      out.removedHere.push(id);
    } else if (shared && plan && comparable(shared) !== comparable(plan)) {
      preview.changedHere.push(shared.title);
      const known = new Set(plan.payments.map((payment) => payment.id));
      preview.paymentsHere += shared.payments.filter((payment) => !known.has(payment.id)).length;
      planWrites.set(id, shared);
    } else if (shared && plan && canonical(shared) !== canonical(plan)) {
      // Only the bookkeeping differs (when it changed, the payments' order): written so both browsers agree.
      planWrites.set(id, shared);
    }
    if (!sameDoc(doc, docs.get(id))) out.docWrites.set(id, doc);
    const conflict = termsConflict(doc);
    const title = shared?.title ?? plan?.title ?? id;
    if (conflict) preview.conflicts.push({ ...conflict, title });
    if (there?.kind === 'unreadable') out.unreadable++;
    else if (there?.kind === 'incomplete') out.incomplete++;
    else {
      if (!there && plan) preview.addedThere.push(plan.title);
      // Open plans first, then archived ones, then deletions; the most recently changed first within each.
      const rank = !shared ? 2 : shared.archived ? 1 : 0;
      out.candidates.push({ id, doc, title, rank });
    }
  }
  return out;
}

/** The settings: this device's changes recorded, the shared ones applied here (whether to sync stays local). */
export function mergeSettings(
  stored: SettingsDoc | undefined,
  settings: Settings,
  remote: RemoteArea,
  clock: ClockState,
  now: number,
): { settingsDoc: SettingsDoc; settingsHere: Settings; clock: ClockState } {
  let settingsDoc: SettingsDoc;
  let current = clock;
  if (stored) ({ doc: settingsDoc, clock: current } = recordLocalSettings(stored, settings, current, now));
  // A browser joining takes the settings the others share (the preview says so); the first one shares its own.
  else settingsDoc = remote.settings ?? docOfSettings(settings, current.device);
  if (remote.settings) settingsDoc = mergeSettingsDocs(settingsDoc, remote.settings);
  return { settingsDoc, settingsHere: settingsOfDoc(settingsDoc, settings), clock: current };
}
