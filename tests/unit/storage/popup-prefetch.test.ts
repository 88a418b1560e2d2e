import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPopupData } from '../../../components/popup/popup-data';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { buildAgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { addDays, lenderToday } from '../../../lib/core/dates';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { STORAGE_KEYS } from '../../../lib/storage/keys';
import { plansIfPlain } from '../../../lib/storage/plan-checks';
import {
  ifCurrent,
  leavePopupPrefetch,
  PLAN_INDEX_KEYS,
  POPUP_VALUE_KEYS,
  readRawPlans,
  type StorageApi,
  startPopupPrefetch,
  takePopupPrefetch,
} from '../../../lib/storage/popup-prefetch';
import { readPopupValues } from '../../../lib/storage/popup-reader';
import { type LocalArea, plansOfIndex, READ_PARTS } from '../../../lib/storage/raw-plans';
import { readPlans } from '../../../lib/storage/reader';
import { makePlan } from '../core/plan-factory';
import { spyGets } from './spy-gets';

// popup.html's head script starts the popup's reads before its modules load; the popup takes them up.

const api = fakeBrowser as unknown as StorageApi;
/** 2026-03-08 10:00 in Shanghai. */
const NOW = Date.parse('2026-03-08T02:00:00Z');
const TODAY = lenderToday(NOW);
const plans = [makePlan({ id: 'a', firstDueDate: '2026-03-10' }), makePlan({ id: 'b', title: 'Band', firstDueDate: '2026-02-20' })];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the popup’s prefetch', () => {
  it('reads the agenda and the settings with their stamps, the very keys the popup reads, and the plans’ index with them', async () => {
    const { agenda, settings } = STORAGE_KEYS;
    expect([...POPUP_VALUE_KEYS].sort()).toEqual([agenda, `${agenda}$`, settings, `${settings}$`].sort());
    expect(PLAN_INDEX_KEYS).toEqual([STORAGE_KEYS.plans, `${STORAGE_KEYS.plans}$`]);
    const gets = spyGets();
    await readPopupValues(TODAY);
    const prefetch = startPopupPrefetch(api, NOW);
    await prefetch.values;
    expect(gets).toEqual([[...POPUP_VALUE_KEYS], [...POPUP_VALUE_KEYS, ...PLAN_INDEX_KEYS]]);
  });

  it('reads no plan when the agenda is today’s', async () => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, TODAY) });
    const gets = spyGets();
    const prefetch = startPopupPrefetch(api, NOW);
    expect(await prefetch.plans).toBeNull();
    expect(gets).toHaveLength(1);
  });

  it('reads the plans at once when the agenda is not today’s, in two round trips: the index with the values, then its items', async () => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, '2026-03-07') });
    const gets = spyGets();
    const raw = await startPopupPrefetch(api, NOW).plans;
    // The items in parts asked for together (lib/storage/raw-plans.ts getInParts), before any is answered:
    // one get per plan here.
    expect(gets).toEqual([[...POPUP_VALUE_KEYS, ...PLAN_INDEX_KEYS], ['plan:a'], ['plan:b']]);
    expect(raw && (await plansIfPlain(raw))).toEqual(plans);
  });

  it('reads the plans exactly when the popup will compute from them, at any hour of any day', async () => {
    const instant = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z') });
    await fc.assert(
      fc.asyncProperty(instant, fc.boolean(), async (now, fresh) => {
        fakeBrowser.reset();
        const today = lenderToday(now);
        await fakeBrowser.storage.local.set({ agenda: { today: fresh ? today : addDays(today, -1) } });
        expect((await startPopupPrefetch(api, now).plans) === null).toBe(fresh);
      }),
      { numRuns: 300 },
    );
  });

  it('knows when storage changed after its reads started', async () => {
    const prefetch = startPopupPrefetch(api, NOW);
    const values = await prefetch.values;
    expect(await ifCurrent(prefetch.values, prefetch)).toBe(values);
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    expect(prefetch.changed()).toBe(true);
    expect(await ifCurrent(prefetch.values, prefetch)).toBeNull();
    expect(await ifCurrent(Promise.reject(new Error('gone')), prefetch)).toBeNull();
  });

  it('is taken once', () => {
    const prefetch = startPopupPrefetch(api, NOW);
    leavePopupPrefetch(prefetch);
    expect(takePopupPrefetch()).toBe(prefetch);
    expect(takePopupPrefetch()).toBeUndefined();
  });
});

describe('the plans in a raw read', () => {
  const raw = () => readRawPlans(fakeBrowser.storage.local);

  it('are what the full reader reads, when every one passes the hand-written checks', async () => {
    expect(await plansIfPlain(await raw())).toEqual([]);
    await writeAllPlans(plans, 0);
    expect(await plansIfPlain(await raw())).toEqual((await readPlans()).ok && plans);
    // An index naming a plan whose deletion was interrupted: the reader skips it too.
    await fakeBrowser.storage.local.remove('plan:b');
    expect(await plansIfPlain(await raw())).toEqual([plans[0]]);
    expect(await readPlans()).toEqual({ ok: true, value: [plans[0]] });
  });

  it('are checked part by part as each is answered, and come in the index’s order whatever order the parts came in', async () => {
    const many = Array.from({ length: 9 }, (_, i) => makePlan({ id: `p${i}`, title: `Plan ${i}` }));
    await writeAllPlans(many, 0);
    const answers: Array<() => void> = [];
    const area: LocalArea = {
      get: (keys) => new Promise((resolve) => answers.push(() => fakeBrowser.storage.local.get(keys).then(resolve))),
    };
    const index = await fakeBrowser.storage.local.get(PLAN_INDEX_KEYS);
    const accepted: string[] = [];
    const checked = plansIfPlain(plansOfIndex(area, index), (plan) => accepted.push(plan.id));
    expect(answers).toHaveLength(READ_PARTS);
    // The last part first: its plans are accepted before any other part is answered.
    answers[3]?.();
    await vi.waitFor(() => expect(accepted).toEqual(['p3', 'p7']));
    for (const answer of answers.slice(0, 3).reverse()) answer();
    expect(await checked).toEqual(many);
    expect([...accepted].sort()).toEqual(many.map((plan) => plan.id).sort());
  });

  it('reject when a part’s read fails (the popup then reads again)', async () => {
    await writeAllPlans(plans, 0);
    const index = await fakeBrowser.storage.local.get(PLAN_INDEX_KEYS);
    let calls = 0;
    const area: LocalArea = {
      get: (keys) => (++calls === 2 ? Promise.reject(new Error('read failed')) : fakeBrowser.storage.local.get(keys)),
    };
    await expect(plansIfPlain(plansOfIndex(area, index))).rejects.toThrow('read failed');
  });

  it('are left to the full reader whenever it would do more than check them', async () => {
    await writeAllPlans(plans, 0);
    const cases: Record<string, Record<string, unknown>> = {
      'the list layout, still to be migrated': { plans, plans$: { v: 2 } },
      'an index stamped by a newer version': { plans$: { v: 4 } },
      'a field a newer version added': { 'plan:a': { ...plans[0], reminderTone: 'bell' } },
      'a plan stored under another id': { 'plan:a': { ...plans[0], id: 'c' } },
      'a plan the reader refuses': { 'plan:b': { ...plans[1], periods: 0 } },
      'an index the reader refuses': { plans: ['a', 'a'] },
    };
    for (const [name, change] of Object.entries(cases)) {
      fakeBrowser.reset();
      await writeAllPlans(plans, 0);
      await fakeBrowser.storage.local.set(change);
      expect({ name, plans: await plansIfPlain(await raw()) }).toEqual({ name, plans: null });
    }
  });
});

describe('the popup’s first load with the prefetch', () => {
  const prefetched = () => ({ prefetch: startPopupPrefetch(api, NOW) });
  const settings = { ...DEFAULT_SETTINGS, language: 'en' as const };

  it('shows the prefetched agenda without reading again', async () => {
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, TODAY), settings });
    const { prefetch } = prefetched();
    await prefetch.values;
    const gets = spyGets();
    const data = await loadPopupData(NOW, prefetch);
    expect(gets).toEqual([]);
    expect(data).toMatchObject({ snapshot: buildAgendaSnapshot(plans, TODAY), settings, locale: 'en' });
  });

  it('computes from the prefetched plans when the agenda is another day’s, as without the prefetch', async () => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, '2026-03-07'), settings });
    const { prefetch } = prefetched();
    await prefetch.plans;
    const gets = spyGets();
    const data = await loadPopupData(NOW, prefetch);
    expect(gets).toEqual([]);
    expect(data.snapshot).toEqual(buildAgendaSnapshot(plans, TODAY));
    expect(data.snapshot).toEqual((await loadPopupData(NOW)).snapshot);
  });

  it('reads for itself what changed since the prefetch read it', async () => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, '2026-03-07'), settings });
    const { prefetch } = prefetched();
    await prefetch.plans;
    const paid = { ...plans[1], payments: [{ id: 'p1', period: 1, amount: 107_200, date: '2026-02-20', note: '' }] };
    await writeAllPlans([plans[0], paid] as typeof plans, 0);
    await fakeBrowser.storage.local.set({ settings: { ...settings, language: 'zh-CN' } });
    const data = await loadPopupData(NOW, prefetch);
    expect(data.locale).toBe('zh-CN');
    expect(data.snapshot).toEqual(buildAgendaSnapshot([plans[0], paid] as typeof plans, TODAY));
  });

  it('shows nothing from plans the reader would refuse', async () => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ 'plan:b': { ...plans[1], periods: 0 }, settings });
    const { prefetch } = prefetched();
    await prefetch.plans;
    expect((await loadPopupData(NOW, prefetch)).snapshot).toBeNull();
  });
});

describe('the code for computing from the plans', () => {
  it('is asked for as soon as the read shows the agenda is not today’s, and only then', async () => {
    await writeAllPlans(plans, 0);
    for (const [day, wanted] of [
      ['2026-03-07', 1],
      [TODAY, 0],
    ] as const) {
      await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, day) });
      const computing = vi.fn();
      const prefetch = startPopupPrefetch(api, NOW, computing);
      await prefetch.values;
      await Promise.resolve();
      expect(computing).toHaveBeenCalledTimes(wanted);
      await prefetch.plans;
      expect(computing).toHaveBeenCalledTimes(wanted);
    }
  });
});
