import type { Plan } from '../core/schemas';
import type { CommandInput, CommandResult } from '../protocol';
import { readItem, SETTINGS, writeItem } from '../storage/items';
import { chooseTerms, planOfDoc } from '../sync/plan-doc';
import type { SyncPreview, SyncStatus } from '../sync/status';
import { failure, ok } from './results';
import { localClock, localDoc, readSyncStatus, writeLocalDoc, writeSyncStatus } from './sync-local';
import { offStatus } from './sync-merge';
import { syncPass } from './sync-pass';

// The sync commands: turning it on or off, the preview before the first merge, the status the settings
// page shows, a pass on request, and the user's pick in a conflict. Each runs in the background's queue.

async function setSync(input: CommandInput<'setSync'>, now: number): Promise<CommandResult<SyncStatus>> {
  const settings = await readItem(SETTINGS, now);
  if (!settings.ok) return failure('unreadable', 'err.unreadable');
  // Off leaves everything where it is: the plans here, the shared state here and in the sync area.
  await writeItem(SETTINGS, { ...settings.value, sync: input.enabled });
  if (!input.enabled) {
    const status = offStatus(now);
    await writeSyncStatus(status);
    return ok(status);
  }
  const result = await syncPass(now);
  return ok(result?.status ?? offStatus(now));
}

async function syncStatus(now: number): Promise<CommandResult<SyncStatus>> {
  const settings = await readItem(SETTINGS, now);
  if (!settings.ok || !settings.value.sync) return ok(offStatus(now));
  const stored = await readSyncStatus();
  return ok(stored ?? { ...offStatus(now), state: 'waiting' });
}

async function chooseSyncTerms(input: CommandInput<'chooseSyncTerms'>, now: number): Promise<CommandResult<Plan>> {
  const doc = await localDoc(input.planId);
  if (!doc) return failure('not-found', 'err.notFound');
  const chosen = chooseTerms(doc, input.terms, await localClock(), now);
  const plan = planOfDoc(chosen.doc);
  if (!plan) return failure('invalid', 'err.invalid', [{ path: 'terms', key: 'err.impossibleTerms' }]);
  await writeLocalDoc(chosen.doc, plan, chosen.clock);
  await syncPass(now);
  return ok(plan);
}

export const SYNC_HANDLERS = {
  setSync: (input: CommandInput<'setSync'>, _env: unknown, ctx: { now: number }) => setSync(input, ctx.now),
  syncPreview: async (_input: unknown, _env: unknown, ctx: { now: number }): Promise<CommandResult<SyncPreview>> => {
    const result = await syncPass(ctx.now, { preview: true });
    return result ? ok(result.preview) : failure('internal', 'err.internal');
  },
  syncStatus: (_input: unknown, _env: unknown, ctx: { now: number }) => syncStatus(ctx.now),
  syncNow: async (_input: unknown, _env: unknown, ctx: { now: number }): Promise<CommandResult<{ retryAt: number | null }>> => {
    const result = await syncPass(ctx.now);
    return ok({ retryAt: result?.retryAt ?? null });
  },
  chooseSyncTerms: (input: CommandInput<'chooseSyncTerms'>, _env: unknown, ctx: { now: number }) => chooseSyncTerms(input, ctx.now),
};
