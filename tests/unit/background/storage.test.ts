import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PLANS, plansItem, readItem } from '../../../lib/storage/items';
import { V1_SAMPLE } from '../../fixtures/storage-v1';

describe('stored data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates plans stored by version 1 to the current shape without losing a payment', async () => {
    await fakeBrowser.storage.local.set({ plans: V1_SAMPLE, plans$: { v: 1 } });
    await plansItem.migrate();
    const read = await readItem(PLANS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value[0]).toMatchObject({
      id: 'v1-plan',
      lender: { kind: 'xiaomi', name: '' },
      skippedPeriods: [],
      snoozes: [],
      waivesFutureFeesOnPayoff: false,
      penaltyDailyRate: 0.0005,
      updatedAt: 1_764_000_000_000,
      payments: V1_SAMPLE[0]?.payments,
    });
    expect((await fakeBrowser.storage.local.get('plans$')).plans$).toEqual({ v: 2 });
  });

  it('keeps a corrupted value where it is, copies it aside once, and reports the problem', async () => {
    const corrupted = [{ id: 'x', principal: 'lots' }];
    await fakeBrowser.storage.local.set({ plans: corrupted });
    const first = await readItem(PLANS, 1);
    const second = await readItem(PLANS, 2);
    expect(first.ok).toBe(false);
    expect(!first.ok && first.error).toContain('principal');
    expect(second.ok).toBe(false);
    expect((await fakeBrowser.storage.local.get('plans')).plans).toEqual(corrupted);
    expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toEqual([
      expect.objectContaining({ key: 'plans', raw: corrupted, at: 1 }),
    ]);
  });

  it('reads an absent value as empty, not as an error', async () => {
    expect(await readItem(PLANS)).toEqual({ ok: true, value: [] });
  });
});
