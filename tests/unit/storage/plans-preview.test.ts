import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inFilter, planRows } from '../../../components/options/plan-rows';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { buildAgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { addDays } from '../../../lib/core/dates';
import { buildSchedule } from '../../../lib/core/schedule';
import type { Plan } from '../../../lib/core/schemas';
import { firstPlans, isPlansHead, PLANS_HEAD_SIZE, plansHeadOf } from '../../../lib/storage/plans-head';
import { readPlansPreview } from '../../../lib/storage/plans-preview';
import { termsUpTo } from '../core/arbitraries';
import { makePlan, payment } from '../core/plan-factory';

// The plans list's first screenful is chosen from the head the background makes of its agenda snapshot
// before the plans are read: it must be exactly the first plans of the list the page shows once every
// plan is read.

const TODAY = '2026-03-20';

/** The first `size` plans of the unfiltered list, as the page orders them from every plan. */
const listHead = (plans: readonly Plan[], today: string, size: number) =>
  planRows(plans, today)
    .filter((row) => inFilter(row, 'all'))
    .slice(0, size)
    .map((row) => row.plan.id);

/** Plans due from a year ago to five months ahead, some paid up, some late, some archived, titles often equal. */
const plansArb = fc.array(
  fc.record({
    terms: termsUpTo(12),
    offset: fc.integer({ min: -400, max: 150 }),
    paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    title: fc.constantFrom('Xiaomi 15', 'xiaomi 15', 'iPad', '计划 2', '计划 10', 'Ａ'),
    archived: fc.boolean(),
    autoRepay: fc.boolean(),
  }),
  { maxLength: 40 },
);
const toPlans = (drawn: fc.Arbitrary<typeof plansArb extends fc.Arbitrary<infer T> ? T : never>) =>
  drawn.map((list) =>
    list.map(({ terms, offset, paidShare, title, archived, autoRepay }, i) => {
      const firstDueDate = addDays(TODAY, offset);
      const schedule = buildSchedule({ ...terms, firstDueDate });
      const paid = Math.floor(schedule.length * paidShare);
      const payments = schedule
        .slice(0, paid)
        .filter((row) => row.total > 0)
        .map((row) => payment(row.period, row.total, row.dueDate));
      return makePlan({
        ...terms,
        remainderTo: terms.remainderTo ?? 'last',
        firstDueDate,
        id: `p${i}`,
        title,
        archived: archived && i % 3 === 0,
        autoRepay,
        payments,
      });
    }),
  );

describe('the plans list’s first screenful from the agenda’s head', () => {
  it('is exactly the head of the list whenever the head can tell it, and it can whenever it holds and the agenda names enough plans', () => {
    fc.assert(
      fc.property(toPlans(plansArb), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (plans, size, held) => {
        const agenda = buildAgendaSnapshot(plans, TODAY);
        const named = new Set(agenda.rows.map((row) => row.planId)).size;
        const head = plansHeadOf(agenda, held);
        const first = firstPlans(head, size);
        if (size <= held && (named >= size || named === agenda.activePlans)) expect(first).not.toBeNull();
        // A head cut short of `size` cannot tell what comes after its last plan.
        if (size > held && named > held) expect(first).toBeNull();
        if (first) expect(first.map((plan) => plan.planId)).toEqual(listHead(plans, TODAY, size));
      }),
      { numRuns: 300 },
    );
  });

  it('is not told when the agenda names fewer plans than a screenful and some active plan is not among them', () => {
    const soon = makePlan({ id: 'soon', firstDueDate: addDays(TODAY, 3) });
    const later = makePlan({ id: 'later', firstDueDate: addDays(TODAY, 90) });
    const head = plansHeadOf(buildAgendaSnapshot([soon, later], TODAY));
    expect(firstPlans(head, 2)).toBeNull();
    expect(firstPlans(head, 1)?.map((plan) => plan.planId)).toEqual(['soon']);
  });

  it('holds a screenful and the strip’s figures, not the agenda’s rows: a few KB where the agenda of 2,000 plans is ~460 KB', () => {
    const plans = Array.from({ length: 2000 }, (_, i) =>
      makePlan({ id: `p${i}`, title: `计划 ${i}`, firstDueDate: addDays(TODAY, i % 30), periods: 12 }),
    );
    const agenda = buildAgendaSnapshot(plans, TODAY);
    const head = plansHeadOf(agenda);
    expect(head.first).toHaveLength(PLANS_HEAD_SIZE);
    expect(head).toMatchObject({ named: 2000, activePlans: 2000 });
    expect(JSON.stringify(head).length).toBeLessThan(4000);
    expect(JSON.stringify(agenda).length).toBeGreaterThan(100 * JSON.stringify(head).length);
  });

  it('checks what it reads of the head', () => {
    const head = plansHeadOf(buildAgendaSnapshot([makePlan({ firstDueDate: addDays(TODAY, 3) })], TODAY));
    expect(isPlansHead(head)).toBe(true);
    const [plan] = head.first;
    expect(isPlansHead({ ...head, first: [{ ...plan, nextDue: '2026-02-30' }] })).toBe(false);
    expect(isPlansHead({ ...head, first: [{ ...plan, planId: 7 }] })).toBe(false);
    expect(isPlansHead({ ...head, first: [plan, plan] })).toBe(false); // more plans than it names
    expect(isPlansHead({ ...head, named: -1 })).toBe(false);
    expect(isPlansHead({ ...head, portfolio: { ...head.portfolio, left: -1 } })).toBe(false);
    expect(
      isPlansHead({ ...head, portfolio: { ...head.portfolio, summary: { ...head.portfolio.summary, overdueTotal: undefined } } }),
    ).toBe(false);
    expect(isPlansHead({ ...head, portfolio: { ...head.portfolio, open: 1.5 } })).toBe(false);
    expect(isPlansHead(null)).toBe(false);
  });
});

describe('reading the first screenful', () => {
  beforeEach(() => fakeBrowser.reset());

  /** 60 plans due on days 1–60 from today, in reverse title order so the list's order is not the index's. */
  const sixty = () =>
    Array.from({ length: 60 }, (_, i) =>
      makePlan({ id: `p${i}`, title: `计划 ${60 - i}`, periods: 3, firstDueDate: addDays(TODAY, 1 + ((i * 7) % 20)) }),
    );
  const store = async (plans: Plan[], head: unknown = plansHeadOf(buildAgendaSnapshot(plans, TODAY))) => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ plansHead: head, plansHead$: { v: 1 } });
  };

  it('reads the head’s first plans, validated, in the list’s order, and never the agenda', async () => {
    const plans = sixty();
    await store(plans);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const preview = await readPlansPreview(TODAY, 20);
    expect(preview?.plans.map((plan) => plan.id)).toEqual(listHead(plans, TODAY, 20));
    expect(preview?.plans[0]).toEqual(plans.find((plan) => plan.id === preview?.plans[0]?.id));
    expect(preview?.portfolio).toEqual(plansHeadOf(buildAgendaSnapshot(plans, TODAY)).portfolio);
    expect(get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : [keys]))).not.toContain('agenda');
    get.mockRestore();
  });

  it('has none for another day’s agenda, a short list, a plan the index does not hold or an unreadable plan', async () => {
    const plans = sixty();
    await store(plans, plansHeadOf(buildAgendaSnapshot(plans, addDays(TODAY, -1))));
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    fakeBrowser.reset();
    await store(plans);
    expect(await readPlansPreview(TODAY, 60)).toBeNull();

    fakeBrowser.reset();
    const gone = makePlan({ id: 'gone', title: '先到期', firstDueDate: TODAY });
    await store(plans, plansHeadOf(buildAgendaSnapshot([...plans, gone], TODAY)));
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    fakeBrowser.reset();
    await store(plans);
    const [head] = listHead(plans, TODAY, 1);
    await fakeBrowser.storage.local.set({ [`plan:${head}`]: { id: head } });
    expect(await readPlansPreview(TODAY, 20)).toBeNull();
  });

  it('has none without a head it can use: none stored (an agenda alone does not count), another version’s, unreadable, or cut short', async () => {
    const plans = sixty();
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ agenda: buildAgendaSnapshot(plans, TODAY) });
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    const head = plansHeadOf(buildAgendaSnapshot(plans, TODAY));
    await store(plans, head);
    await fakeBrowser.storage.local.set({ plansHead$: { v: 2 } });
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    await store(plans, { ...head, first: 'soon' });
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    await store(plans, { ...head, first: head.first.slice(0, 19) });
    expect(await readPlansPreview(TODAY, 20)).toBeNull();
    expect((await readPlansPreview(TODAY, 19))?.plans).toHaveLength(19);
  });
});
