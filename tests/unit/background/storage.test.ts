import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPlans, writeAllPlans } from '../../../lib/background/plans-store';
import { planIndexItem } from '../../../lib/storage/items';
import { V1_SAMPLE } from '../../fixtures/storage-v1';
import { makePlan } from '../core/plan-factory';

/** Plans as versions 2 stored them: one list under `plans`, the current plan shape. */
const V2_SAMPLE = [makePlan({ id: 'v2-a' }), makePlan({ id: 'v2-b', title: 'Redmi Pad' })];

const stored = async (...keys: string[]) => fakeBrowser.storage.local.get(keys);

describe('stored plans: one item per plan', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates plans stored by version 1 to an item per plan without losing a payment', async () => {
    await fakeBrowser.storage.local.set({ plans: V1_SAMPLE, plans$: { v: 1 } });
    await planIndexItem.migrate();
    const read = await readPlans(0);
    expect(read.ok && read.plans[0]).toMatchObject({
      id: 'v1-plan',
      lender: { kind: 'xiaomi', name: '' },
      skippedPeriods: [],
      snoozes: [],
      waivesFutureFeesOnPayoff: false,
      penaltyDailyRate: 0.0005,
      updatedAt: 1_764_000_000_000,
      payments: V1_SAMPLE[0]?.payments,
    });
    expect(await stored('plans', 'plans$')).toEqual({ plans: ['v1-plan'], plans$: { v: 3 } });
  });

  it('migrates the version 2 list to an index and one item per plan, in the same order', async () => {
    await fakeBrowser.storage.local.set({ plans: V2_SAMPLE, plans$: { v: 2 } });
    await planIndexItem.migrate();
    expect(await stored('plans', 'plan:v2-a', 'plan:v2-b')).toEqual({
      plans: ['v2-a', 'v2-b'],
      'plan:v2-a': V2_SAMPLE[0],
      'plan:v2-b': V2_SAMPLE[1],
    });
    expect(await readPlans(0)).toEqual({ ok: true, plans: V2_SAMPLE, unreadable: [], newer: false });
  });

  it('keeps a broken or repeated entry of the old list as an item of its own, reported, never dropped', async () => {
    const broken = { id: 'v2-a', title: 'same id again' };
    await fakeBrowser.storage.local.set({ plans: [...V2_SAMPLE, broken], plans$: { v: 2 } });
    await planIndexItem.migrate();
    expect((await stored('plan:unreadable-2'))['plan:unreadable-2']).toEqual(broken);
    const read = await readPlans(5);
    expect(read).toEqual({ ok: true, plans: V2_SAMPLE, unreadable: ['unreadable-2'], newer: false });
    expect((await stored('quarantine')).quarantine).toEqual([expect.objectContaining({ key: 'plan:unreadable-2', raw: broken, at: 5 })]);
  });

  it('keeps a corrupted plan where it is, copies it aside once, and still reads the others', async () => {
    await writeAllPlans(V2_SAMPLE, 0);
    const corrupted = { id: 'v2-b', principal: 'lots' };
    await fakeBrowser.storage.local.set({ 'plan:v2-b': corrupted });
    const first = await readPlans(1);
    const second = await readPlans(2);
    expect(first).toEqual({ ok: true, plans: [V2_SAMPLE[0]], unreadable: ['v2-b'], newer: false });
    expect(second).toEqual(first);
    expect((await stored('plan:v2-b'))['plan:v2-b']).toEqual(corrupted);
    expect((await stored('quarantine')).quarantine).toEqual([expect.objectContaining({ key: 'plan:v2-b', raw: corrupted, at: 1 })]);
  });

  it('reads no stored plans as none, not as an error', async () => {
    expect(await readPlans(0)).toEqual({ ok: true, plans: [], unreadable: [], newer: false });
  });
});
