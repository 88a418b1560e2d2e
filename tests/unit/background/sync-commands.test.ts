import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildBackup } from '../../../lib/core/backup';
import { DEFAULT_SETTINGS, type Plan } from '../../../lib/core/schemas';
import { readItem, SETTINGS } from '../../../lib/storage/items';
import { stampOf } from '../../../lib/sync/hlc';
import { decodeArea, encodePlan } from '../../../lib/sync/layout';
import { docOfPlan, planOfDoc, recordLocal } from '../../../lib/sync/plan-doc';
import type { SyncStatus } from '../../../lib/sync/status';
import { makePlan } from '../core/plan-factory';
import { at, harness, storedPlans } from './harness';

// The sync commands through the background's command queue, against the fake browser's sync area
// (which, like Chrome's when signed out, stores and reads without any network).

const NOW = at('2026-01-08', 10);
const area = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const sharedPlan = async (id: string) => {
  const read = decodeArea(await area()).plans.get(id);
  return read?.kind === 'doc' ? planOfDoc(read.doc) : null;
};

describe('turning sync on and off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off by default and shares nothing until turned on', async () => {
    const { service } = await harness({ plans: [makePlan()], now: NOW });
    expect((await readItem(SETTINGS)).ok && (await readItem(SETTINGS, NOW))).toMatchObject({ value: DEFAULT_SETTINGS });
    await service.execute('syncNow', undefined, 'extension');
    expect(await area()).toEqual({});
    const status = await service.execute('syncStatus', undefined, 'extension');
    expect(status).toMatchObject({ ok: true, value: { state: 'off' } });
  });

  it('shares on, stops when off, and on again records what changed meanwhile on both sides, losing nothing', async () => {
    const { service, env } = await harness({ plans: [makePlan({ updatedAt: NOW - 10_000 })], now: NOW });
    const on = await service.execute('setSync', { enabled: true }, 'extension');
    expect(on).toMatchObject({ ok: true, value: { state: 'ok', synced: 1 } });
    expect((await sharedPlan('plan-1'))?.title).toBe('Xiaomi 15 Pro');

    expect(await service.execute('setSync', { enabled: false }, 'extension')).toMatchObject({ ok: true, value: { state: 'off' } });
    // While off: a payment here, and another browser renames the plan.
    env.clock.now = NOW + 60_000;
    await service.execute('recordPayment', { planId: 'plan-1', period: 1, date: '2026-01-08' }, 'extension');
    await service.execute('syncNow', undefined, 'extension');
    expect((await sharedPlan('plan-1'))?.payments).toEqual([]);
    const there = decodeArea(await area()).plans.get('plan-1');
    if (there?.kind !== 'doc') throw new Error('not shared');
    const renamed = recordLocal(
      there.doc,
      { ...(planOfDoc(there.doc) as Plan), title: '办公室改的名字', updatedAt: NOW + 90_000 },
      { device: 'zzzzzzzz', wall: 0, count: 0 },
      NOW + 90_000,
    );
    await fakeBrowser.storage.sync.set(encodePlan(renamed.doc));

    env.clock.now = NOW + 120_000;
    await service.execute('setSync', { enabled: true }, 'extension');
    const [here] = await storedPlans();
    expect(here?.title).toBe('办公室改的名字');
    expect(here?.payments.map((payment) => payment.period)).toEqual([1]);
    const shared = await sharedPlan('plan-1');
    expect(shared?.title).toBe('办公室改的名字');
    expect(shared?.payments.map((payment) => payment.period)).toEqual([1]);
    // Whether to sync is this browser's own choice: it never travels.
    expect(decodeArea(await area()).settings?.f).not.toHaveProperty('sync');
  });

  it('previews without turning anything on or writing anything', async () => {
    const { service } = await harness({ plans: [makePlan({ id: 'home', title: '家里的电脑' })], now: NOW });
    await fakeBrowser.storage.sync.set(encodePlan(docOfPlan(makePlan({ id: 'office', title: '办公室的手机' }), 'zzzzzzzz')));
    const before = await area();
    const preview = await service.execute('syncPreview', undefined, 'extension');
    expect(preview).toMatchObject({ ok: true, value: { remotePlans: 1, addedHere: ['办公室的手机'], addedThere: ['家里的电脑'] } });
    expect(await area()).toEqual(before);
    expect((await storedPlans()).map((plan) => plan.id)).toEqual(['home']);
    const settings = await readItem(SETTINGS, NOW);
    expect(settings.ok && settings.value.sync).toBeFalsy();
  });
});

describe('a conflict on the amount', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is listed with both amounts, and the user’s pick is applied here and shared', async () => {
    const base = makePlan({ updatedAt: NOW - 100_000 });
    const { service, env } = await harness({ plans: [base], settings: { ...DEFAULT_SETTINGS, sync: true }, now: NOW });
    await service.execute('syncNow', undefined, 'extension');
    // Offline on both sides: the amount changed here and there.
    const there = decodeArea(await area()).plans.get('plan-1');
    if (there?.kind !== 'doc') throw new Error('not shared');
    const office = recordLocal(
      there.doc,
      { ...base, principal: 1_300_000, updatedAt: NOW + 1_000 },
      { device: 'zzzzzzzz', wall: 0, count: 0 },
      NOW + 1_000,
    );
    env.clock.now = NOW + 500;
    const draft = { ...base, principal: 1_250_000 } as Partial<Plan>;
    for (const key of ['id', 'payments', 'skippedPeriods', 'snoozes', 'archived', 'createdAt', 'updatedAt'] as const) delete draft[key];
    await service.execute('updatePlan', { id: 'plan-1', draft }, 'extension');
    await fakeBrowser.storage.sync.set(encodePlan(office.doc));
    env.clock.now = NOW + 5_000;
    await service.execute('syncNow', undefined, 'extension');

    const status = (await service.execute('syncStatus', undefined, 'extension')) as { ok: true; value: SyncStatus };
    expect(status.value.conflicts).toEqual([
      expect.objectContaining({
        planId: 'plan-1',
        amount: true,
        values: [expect.objectContaining({ principal: 1_300_000 }), expect.objectContaining({ principal: 1_250_000 })],
      }),
    ]);
    expect((await storedPlans())[0]?.principal).toBe(1_300_000);

    const pick = status.value.conflicts[0]?.values[1];
    const chosen = await service.execute('chooseSyncTerms', { planId: 'plan-1', terms: pick }, 'extension');
    expect(chosen).toMatchObject({ ok: true, value: { principal: 1_250_000 } });
    expect((await storedPlans())[0]?.principal).toBe(1_250_000);
    // Written to the sync area once the write budget allows (the listener's timer runs the pass).
    env.clock.now += 3_000;
    await service.execute('syncNow', undefined, 'extension');
    expect((await sharedPlan('plan-1'))?.principal).toBe(1_250_000);
    const after = (await service.execute('syncStatus', undefined, 'extension')) as { ok: true; value: SyncStatus };
    expect(after.value.conflicts).toEqual([]);
  });
});

describe('a backup from a browser that syncs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not turn sync on in the browser it is imported into', async () => {
    const { service } = await harness({ plans: [], now: NOW });
    const backup = buildBackup([makePlan()], { ...DEFAULT_SETTINGS, sync: true }, NOW);
    const imported = await service.execute('importBackup', { backup }, 'extension');
    expect(imported).toMatchObject({ ok: true });
    const settings = await readItem(SETTINGS, NOW);
    expect(settings.ok && settings.value.sync).toBeFalsy();
    await service.execute('syncNow', undefined, 'extension');
    expect(await area()).toEqual({});
  });
});

describe('the settings on a first sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are taken from the browsers already syncing, and a later change here is shared', async () => {
    const { service, env } = await harness({ plans: [], settings: { ...DEFAULT_SETTINGS, reminderHour: 21 }, now: NOW });
    await fakeBrowser.storage.sync.set({
      s: { v: 1, f: { leadDays: [[1], stampOf(NOW - 5_000, 0, 'zzzzzzzz')], reminderHour: [8, stampOf(NOW - 5_000, 0, 'zzzzzzzz')] } },
    });
    const preview = await service.execute('syncPreview', undefined, 'extension');
    expect(preview).toMatchObject({ ok: true, value: { settingsChangeHere: true } });
    await service.execute('setSync', { enabled: true }, 'extension');
    const joined = await readItem(SETTINGS, NOW);
    expect(joined.ok && joined.value).toMatchObject({ reminderHour: 8, leadDays: [1], sync: true });

    env.clock.now = NOW + 10_000;
    await service.execute('updateSettings', { ...DEFAULT_SETTINGS, reminderHour: 7, sync: true }, 'extension');
    await service.execute('syncNow', undefined, 'extension');
    const shared = decodeArea(await area()).settings?.f;
    expect(shared?.reminderHour?.[0]).toBe(7);
    expect(shared?.leadDays?.[0]).toEqual([3, 1, 0]);
  });
});
