import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPlans } from '../../../lib/background/plans-store';
import { keepAside } from '../../../lib/storage/items';
import { QUARANTINE_CAPS } from '../../../lib/storage/values';
import { makePlan } from '../core/plan-factory';
import { at, DRAFT as draft, harness, shownNotifications } from './harness';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('faults in stored data never strand the user', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('with a corrupt quarantine: plans can still be added, the unreadable plan discarded, and no stale agenda stays', async () => {
    const { service } = await harness({ plans: [makePlan({ id: 'good' }), makePlan({ id: 'bad' })], now: at('2026-01-05', 10) });
    await service.reconcile();
    expect(await stored('agenda')).toBeTruthy();
    await fakeBrowser.storage.local.set({ quarantine: 'not a list', 'plan:bad': { id: 'bad', principal: 'lots' } });

    await service.reconcile();
    expect(await stored('agenda')).toBeUndefined();
    expect(await stored('plansHead')).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await service.execute('addPlan', { draft }, 'extension')).toMatchObject({ ok: true });
    expect(await service.execute('discardUnreadable', { key: 'plans' }, 'extension')).toEqual({ ok: true, value: null });
    const read = await readPlans(0);
    expect(read.ok && read.plans.map((plan) => plan.id)).toEqual(['good', 'id-1']);
    // The quarantine it could not read is left as it was.
    expect(await stored('quarantine')).toBe('not a list');
  });

  it('with a quarantine that cannot be written (storage full): plans can still be added, the unreadable plan discarded, and no stale agenda stays', async () => {
    const { service } = await harness({ plans: [makePlan({ id: 'good' }), makePlan({ id: 'bad' })], now: at('2026-01-05', 10) });
    await service.reconcile();
    expect(await stored('agenda')).toBeTruthy();
    await fakeBrowser.storage.local.set({ 'plan:bad': { id: 'bad', principal: 'lots' } });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const refused: string[][] = [];
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.hasOwn(items, 'quarantine')) {
        refused.push(Object.keys(items));
        throw new Error('Resource::kQuotaBytes quota exceeded (QUOTA_BYTES quota exceeded)');
      }
      return set(items);
    });

    await service.reconcile();
    expect(await stored('agenda')).toBeUndefined();
    expect(await stored('plansHead')).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await service.execute('addPlan', { draft }, 'extension')).toMatchObject({ ok: true });
    expect(await service.execute('discardUnreadable', { key: 'plans' }, 'extension')).toEqual({ ok: true, value: null });
    await service.reconcile();
    const read = await readPlans(0);
    expect(read.ok && read.unreadable).toEqual([]);
    expect(read.ok && read.plans.map((plan) => plan.id)).toEqual(['good', 'id-1']);
    // The copy was tried, and refused: nothing else was lost with it.
    expect(refused.length).toBeGreaterThan(0);
    expect(await stored('quarantine')).toBeUndefined();
    expect(await stored('plan:bad')).toBeUndefined();
    expect(await stored('agenda')).toBeTruthy();
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('?');
  });

  it('caps the quarantine: the newest copies, at most 20 and 1 MB; a copy larger than that is not kept', async () => {
    for (let i = 0; i < 30; i++) await keepAside(`plan:p${i}`, { junk: 'x'.repeat(60_000), i }, 'bad', i);
    const entries = (await stored('quarantine')) as Array<{ key: string }>;
    expect(entries.length).toBeLessThanOrEqual(QUARANTINE_CAPS.entries);
    expect(JSON.stringify(entries).length).toBeLessThanOrEqual(QUARANTINE_CAPS.bytes + 1_000);
    expect(entries.at(-1)?.key).toBe('plan:p29');
    expect(await keepAside('plan:huge', 'x'.repeat(2 * 1024 * 1024), 'bad', 99)).toBe(false);
    expect(((await stored('quarantine')) as unknown[]).length).toBe(entries.length);
  });

  it('does not write over a sent-log it cannot read, and still sends each reminder once', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-07', 9) });
    await fakeBrowser.storage.local.set({ sentLog: { broken: true } });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-3@2026-01-10']);
    expect((await service.reconcile()).sent).toEqual([]);
    expect(Object.keys(await shownNotifications())).toHaveLength(1);
    expect(await stored('sentLog')).toEqual({ broken: true });
    expect(await service.execute('discardUnreadable', { key: 'sentLog' }, 'extension')).toEqual({ ok: true, value: null });
  });
});
