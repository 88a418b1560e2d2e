import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { laterRowsFromPlans, snapshotFromPlans } from '../../../components/popup/from-plans';
import { loadLaterRows } from '../../../components/popup/popup-data';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { buildAgendaSnapshot, laterRows } from '../../../lib/core/agenda-snapshot';
import { lenderToday } from '../../../lib/core/dates';
import type { Plan } from '../../../lib/core/schemas';
import { PLAN_INDEX_KEYS } from '../../../lib/storage/popup-prefetch';
import { type LocalArea, plansOfIndex } from '../../../lib/storage/raw-plans';
import { makePlan } from '../core/plan-factory';
import { spyGets } from './spy-gets';

// The popup's computation from the plans (components/popup/from-plans.ts): the hand-written checks judge
// a raw read, and the full reader (zod, the polyfill) is loaded only when they refuse it. Either way the
// popup shows what the full reader's plans give.

/** 2026-03-08 10:00 in Shanghai. */
const NOW = Date.parse('2026-03-08T02:00:00Z');
const TODAY = lenderToday(NOW);
const plans = [
  makePlan({ id: 'a', firstDueDate: '2026-03-10' }),
  makePlan({ id: 'b', title: 'Band', firstDueDate: '2026-02-20', periods: 6, principal: 600_000 }),
];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await writeAllPlans(plans, 0);
});

describe('the popup’s computation from the plans', () => {
  it('reads plain plans raw, in two round trips, when no prefetch read them', async () => {
    const gets = spyGets();
    expect(await snapshotFromPlans(TODAY)).toEqual(buildAgendaSnapshot(plans, TODAY));
    expect(gets).toEqual([[...PLAN_INDEX_KEYS], ['plan:a'], ['plan:b']]);
  });

  it('shows the prefetched plans, but reads them again when a change was heard before every part had come, or a part failed', async () => {
    const index = await fakeBrowser.storage.local.get(PLAN_INDEX_KEYS);
    const local = fakeBrowser.storage.local as unknown as LocalArea;
    const current = { raw: plansOfIndex(local, index), changed: () => false };
    expect(await snapshotFromPlans(TODAY, current)).toEqual(buildAgendaSnapshot(plans, TODAY));

    // A plan paid in full while the parts were on their way: what was read is stale, and the popup reads again.
    const stale = plansOfIndex(local, index);
    const paid = { ...plans[0], payments: plans[0] ? [{ id: 'x', period: 1, amount: 107_200, date: TODAY, note: '' }] : [] } as Plan;
    await writeAllPlans([paid, plans[1] as Plan], 0);
    const changed = await snapshotFromPlans(TODAY, { raw: stale, changed: () => true });
    expect(changed).toEqual(buildAgendaSnapshot([paid, plans[1] as Plan], TODAY));
    expect(changed).not.toEqual(buildAgendaSnapshot(plans, TODAY));

    let calls = 0;
    const failing: LocalArea = { get: (keys) => (++calls === 1 ? Promise.reject(new Error('read failed')) : local.get(keys)) };
    const failed = { raw: plansOfIndex(failing, index), changed: () => false };
    expect(await snapshotFromPlans(TODAY, failed)).toEqual(buildAgendaSnapshot([paid, plans[1] as Plan], TODAY));
  });

  it('lists the later rows from the hand-checked plans, as from the reader’s', async () => {
    const later = await laterRowsFromPlans(TODAY);
    expect(later.length).toBeGreaterThan(0);
    expect(later).toEqual(laterRows(plans, TODAY));
    expect(await loadLaterRows(NOW)).toEqual(later);
  });

  it('leaves to the full reader what the checks refuse, and shows what it reads', async () => {
    const cases: Record<string, Record<string, unknown>> = {
      'the list layout, still to be migrated': { plans, plans$: { v: 2 } },
      'a field a newer version added': { 'plan:a': { ...plans[0], reminderTone: 'bell' } },
    };
    for (const [name, change] of Object.entries(cases)) {
      fakeBrowser.reset();
      await writeAllPlans(plans, 0);
      await fakeBrowser.storage.local.set(change);
      const gets = spyGets();
      const shown = { name, snapshot: await snapshotFromPlans(TODAY), later: await laterRowsFromPlans(TODAY) };
      expect(shown).toEqual({ name, snapshot: buildAgendaSnapshot(plans, TODAY), later: laterRows(plans, TODAY) });
      // The raw read, then the reader's own.
      expect(gets.length).toBeGreaterThan(2);
      vi.restoreAllMocks();
    }
  });

  it('shows nothing from plans the reader refuses too', async () => {
    await fakeBrowser.storage.local.set({ 'plan:b': { ...plans[1], periods: 0 } });
    expect(await snapshotFromPlans(TODAY)).toBeNull();
    expect(await laterRowsFromPlans(TODAY)).toEqual([]);
  });
});
