import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { hasValue, readStoredView, readValues } from '../../../lib/storage/reader';
import { AGENDA_SPEC, SETTINGS_SPEC } from '../../../lib/storage/values';
import { watchValues } from '../../../lib/storage/watch';
import { V1_SAMPLE } from '../../fixtures/storage-v1';
import { makePlan } from '../core/plan-factory';

describe('the views’ storage reader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows plans still stored at version 1 as the migration will make them, and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ plans: V1_SAMPLE, plans$: { v: 1 } });
    const { plans } = await readStoredView();
    expect(plans.ok).toBe(true);
    if (!plans.ok) return;
    expect(plans.value[0]).toMatchObject({ id: 'v1-plan', lender: { kind: 'xiaomi', name: '' }, skippedPeriods: [], snoozes: [] });
    // The background is the only writer: the stored value is still the version 1 one.
    expect((await fakeBrowser.storage.local.get('plans')).plans).toEqual(V1_SAMPLE);
  });

  it('treats plans without a version stamp as version 1, as the background’s storage library does', async () => {
    await fakeBrowser.storage.local.set({ plans: V1_SAMPLE });
    const { plans } = await readStoredView();
    expect(plans.ok && plans.value[0]?.lender).toEqual({ kind: 'xiaomi', name: '' });
  });

  it('reads the plans from their index and items, and calls them unreadable when one item cannot be read', async () => {
    const plans = [makePlan({ id: 'a' }), makePlan({ id: 'b' })];
    await writeAllPlans(plans, 0);
    expect((await readStoredView()).plans).toEqual({ ok: true, value: plans });
    await fakeBrowser.storage.local.set({ 'plan:b': { id: 'b' } });
    expect((await readStoredView()).plans).toMatchObject({ ok: false, raw: { 'plan:b': { id: 'b' } } });
  });

  it('reports an unreadable value with the raw value kept, and lists quarantined keys once', async () => {
    await fakeBrowser.storage.local.set({
      plans: [{ id: 'broken' }],
      plans$: { v: 2 },
      quarantine: [
        { key: 'plan:a', at: 1, error: 'x', raw: 1 },
        { key: 'plan:b', at: 2, error: 'y', raw: 2 },
      ],
    });
    const view = await readStoredView();
    expect(view.plans).toMatchObject({ ok: false, raw: [{ id: 'broken' }] });
    expect(view.settings).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(view.quarantined).toEqual(['plans']);
  });

  it('reads several values in one call, an absent one as its empty value', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, reminderHour: 20 } });
    const [agenda, settings] = await readValues([AGENDA_SPEC, SETTINGS_SPEC]);
    expect(agenda).toEqual({ ok: true, value: null });
    expect(settings).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, reminderHour: 20 } });
    expect(await hasValue('preImport')).toBe(false);
  });

  it('tells a watcher about changes to its keys (and their version stamps) only', async () => {
    const onChange = vi.fn();
    const stop = watchValues(onChange, ['plans']);
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ plans$: { v: 2 } });
    await fakeBrowser.storage.local.set({ plans: [] });
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    await fakeBrowser.storage.local.set({ plans: [], x: 1 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });
  it('reads and validates a plan again only when it changed, and shows every change', async () => {
    await writeAllPlans([makePlan({ id: 'a' }), makePlan({ id: 'b' }), makePlan({ id: 'c' })], 0);
    const first = await readStoredView();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ 'plan:b': makePlan({ id: 'b', title: 'Renamed' }) });
    const second = await readStoredView();
    expect(second.plans.ok && second.plans.value.map((plan) => plan.title)).toEqual([expect.any(String), 'Renamed', expect.any(String)]);
    // The plans that did not change are the very objects read before, and no plan item was read again.
    expect(second.plans.ok && first.plans.ok && second.plans.value[0]).toBe(first.plans.ok && first.plans.value[0]);
    const keysRead = get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : [keys]));
    expect(keysRead.filter((key) => typeof key === 'string' && key.startsWith('plan:'))).toEqual([]);
    get.mockRestore();
    // A plan that stops validating makes the plans unreadable at once.
    await fakeBrowser.storage.local.set({ 'plan:c': { id: 'c' } });
    expect((await readStoredView()).plans).toMatchObject({ ok: false, raw: { 'plan:c': { id: 'c' } } });
  });

  it('keeps a change that arrives while the plans are being read, not the older value the read returned', async () => {
    await writeAllPlans([makePlan({ id: 'a', title: 'Old' })], 0);
    const realGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let raced = false;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const value = await realGet(keys);
      if (!raced && Array.isArray(keys) && (keys as string[]).includes('plan:a')) {
        raced = true;
        // The background writes between the read and its answer.
        await fakeBrowser.storage.local.set({ 'plan:a': makePlan({ id: 'a', title: 'New' }) });
      }
      return value;
    });
    await readStoredView();
    vi.restoreAllMocks();
    const again = await readStoredView();
    expect(again.plans.ok && again.plans.value[0]?.title).toBe('New');
  });
});
