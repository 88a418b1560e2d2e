import { storage } from '@wxt-dev/storage';
import { canonical, parseBackup } from '../core/backup';
import { migratePlansV1toV2, splitPlans } from '../core/migrations';
import { snoozeTooLong } from '../core/snooze';
import type { CommandResult } from '../protocol';
import { PLAN_INDEX, planIndexItem, preImportItem, readItem, SENT_LOG, SETTINGS, settingsItem } from '../storage/items';
import { planIdOfKey, planKey } from '../storage/keys';
import { parsePlanItem } from '../storage/values';
import { rawPlanList, readPlans, replaceAllPlans } from './plans-store';
import { failure, ok } from './results';

// Commands on the user's data as a whole: backup import and its undo, and discarding what cannot be read.

export async function importBackup(raw: unknown, now: number): Promise<CommandResult<{ plans: number }>> {
  const parsed = parseBackup(raw);
  if (!parsed.ok) return failure('invalid', parsed.error, parsed.details);
  const { plans, settings } = parsed.backup;
  const current = { plans: await rawPlanList(), settings: await settingsItem.getValue() };
  // Importing what is already there (a double click, the same file twice) changes nothing, and must
  // not replace the one pre-import copy with the imported data.
  if (canonical(current) === canonical({ plans, settings })) return ok({ plans: plans.length });
  const longSnooze = plans.findIndex((plan) => plan.snoozes.some((snooze) => snoozeTooLong(snooze.until, now)));
  if (longSnooze >= 0) return failure('invalid', 'err.backupInvalid', [{ path: `plans.${longSnooze}.snoozes`, key: 'err.snoozeInBackup' }]);
  // The raw current values (readable or not) are kept for one restore; if the import then fails, the
  // copy it replaced is put back, so a failed import never costs the user their restore point.
  const earlier = await preImportItem.getValue();
  await preImportItem.setValue(current);
  try {
    const split = splitPlans(plans) ?? { index: [], items: {} };
    await replaceAllPlans(split.index, split.items, now);
    // Whether this browser syncs is its own choice: a backup from a syncing browser does not turn it on here.
    const syncHere = SETTINGS.schema.safeParse(current.settings).data?.sync;
    await settingsItem.setValue(SETTINGS.schema.parse({ ...settings, sync: syncHere }));
  } catch (error) {
    await (earlier ? preImportItem.setValue(earlier) : preImportItem.removeValue());
    throw error;
  }
  return ok({ plans: plans.length });
}

export async function restorePreImport(now: number): Promise<CommandResult<{ plans: number }>> {
  const previous = await preImportItem.getValue();
  if (!previous) return failure('conflict', 'err.noPreImport');
  // A copy taken before an upgrade may hold first-release plans: the same migration brings them up.
  const split = splitPlans(migratePlansV1toV2(previous.plans));
  if (split) await replaceAllPlans(split.index, split.items, now);
  else await planIndexItem.setValue(previous.plans ?? null); // not a list: put back as it was, to be reported
  await settingsItem.setValue(previous.settings);
  await preImportItem.removeValue();
  const restored = await readPlans(now);
  return ok({ plans: restored.ok ? restored.plans.length : 0 });
}

/** Replaces values that cannot be read with their empty value; the originals stay in quarantine. */
export async function discardUnreadable(key: 'plans' | 'settings' | 'sentLog', now: number): Promise<CommandResult<null>> {
  const nothingToDiscard = failure('conflict', 'err.invalid', [{ path: 'key', key: 'err.readableNothingToDiscard' }]);
  if (key === 'plans') return (await discardUnreadablePlans(now)) ? ok(null) : nothingToDiscard;
  // Reading keeps a copy aside first when the value is unreadable.
  const read = key === 'settings' ? await readItem(SETTINGS, now) : await readItem(SENT_LOG, now);
  if (read.ok) return nothingToDiscard;
  await (key === 'settings' ? SETTINGS : SENT_LOG).item.setValue(null);
  return ok(null);
}

/** Drops unreadable plan items from the index; an unreadable index is rebuilt from the readable items. */
async function discardUnreadablePlans(now: number): Promise<boolean> {
  const read = await readPlans(now); // keeps copies aside first
  if (read.ok && read.unreadable.length === 0) return false;
  if (read.ok) {
    await replaceAllPlans(
      read.plans.map((plan) => plan.id),
      Object.fromEntries(read.plans.map((plan) => [plan.id, plan])),
      now,
    );
    await storage.removeItems(read.unreadable.map((id) => `local:${planKey(id)}` as const));
    return true;
  }
  const everything = await storage.snapshot('local');
  const plans = Object.entries(everything)
    .flatMap(([key, value]) => {
      const id = planIdOfKey(key);
      const item = id === null ? null : parsePlanItem(id, value);
      return item?.ok && item.value ? [item.value] : [];
    })
    .sort((a, b) => a.createdAt - b.createdAt);
  await planIndexItem.setValue(PLAN_INDEX.schema.parse(plans.map((plan) => plan.id)));
  return true;
}
