import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makePlan } from '../core/plan-factory';
import { at, harness } from './harness';

// What a reconcile costs when little changed: the plans it reads and the values it writes.

const PLANS = ['a', 'b', 'c'].map((id) => makePlan({ id, title: `Plan ${id}`, firstDueDate: '2026-06-10', autoRepay: false }));
const keysOf = (calls: unknown[][]) =>
  calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : typeof keys === 'object' && keys ? Object.keys(keys) : [keys]));

describe('reconcile cost', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads no plan item again after one plan changed: the change brought it, and the agenda shows it', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-01', 12) });
    await service.reconcile();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ 'plan:b': { ...PLANS[1], title: 'Renamed' } });
    await service.reconcile();
    expect(keysOf(get.mock.calls).filter((key) => String(key).startsWith('plan:'))).toEqual([]);
    get.mockRestore();
    const { agenda } = await fakeBrowser.storage.local.get('agenda');
    expect((agenda as { rows: { title: string }[] }).rows.map((row) => row.title)).toContain('Renamed');
  });

  it('writes the agenda only when it changed', async () => {
    const { service } = await harness({ plans: PLANS, now: at('2026-06-01', 12) });
    await service.reconcile();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await service.reconcile();
    expect(keysOf(set.mock.calls)).not.toContain('agenda');
    await fakeBrowser.storage.local.set({ 'plan:a': { ...PLANS[0], archived: true } });
    await service.reconcile();
    expect(keysOf(set.mock.calls)).toContain('agenda');
    set.mockRestore();
    // Removed behind its back, the agenda is written again.
    await fakeBrowser.storage.local.remove('agenda');
    await service.reconcile();
    expect((await fakeBrowser.storage.local.get('agenda')).agenda).toMatchObject({ activePlans: 2 });
  });
});
