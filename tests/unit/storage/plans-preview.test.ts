import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inFilter, planRows } from '../../../components/options/plan-rows';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { buildAgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { addDays } from '../../../lib/core/dates';
import { buildSchedule } from '../../../lib/core/schedule';
import type { Plan } from '../../../lib/core/schemas';
import { firstPlans, isPreviewAgenda, readPlansPreview } from '../../../lib/storage/plans-preview';
import { termsUpTo } from '../core/arbitraries';
import { makePlan, payment } from '../core/plan-factory';

// The plans list's first screenful is chosen from the background's agenda snapshot before the plans
// are read: it must be exactly the first plans of the list the page shows once every plan is read.

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

describe('the plans list’s first screenful from the agenda', () => {
  it('is exactly the head of the list whenever the agenda can tell it, and it can whenever it names enough plans', () => {
    fc.assert(
      fc.property(toPlans(plansArb), fc.integer({ min: 1, max: 30 }), (plans, size) => {
        const agenda = buildAgendaSnapshot(plans, TODAY);
        const named = new Set(agenda.rows.map((row) => row.planId)).size;
        const first = firstPlans(agenda, size);
        if (named >= size || named === agenda.activePlans) expect(first).not.toBeNull();
        if (first) expect(first.map((plan) => plan.planId)).toEqual(listHead(plans, TODAY, size));
      }),
      { numRuns: 300 },
    );
  });

  it('is not told when the agenda names fewer plans than a screenful and some active plan is not among them', () => {
    const soon = makePlan({ id: 'soon', firstDueDate: addDays(TODAY, 3) });
    const later = makePlan({ id: 'later', firstDueDate: addDays(TODAY, 90) });
    expect(firstPlans(buildAgendaSnapshot([soon, later], TODAY), 2)).toBeNull();
    expect(firstPlans(buildAgendaSnapshot([soon, later], TODAY), 1)?.map((plan) => plan.planId)).toEqual(['soon']);
  });

  it('checks what it reads of the agenda', () => {
    const agenda = buildAgendaSnapshot([makePlan({ firstDueDate: addDays(TODAY, 3) })], TODAY);
    expect(isPreviewAgenda(agenda)).toBe(true);
    const row = agenda.rows[0];
    expect(isPreviewAgenda({ ...agenda, rows: [{ ...row, dueDate: '2026-02-30' }] })).toBe(false);
    expect(isPreviewAgenda({ ...agenda, rows: [{ ...row, remaining: -1 }] })).toBe(false);
    expect(isPreviewAgenda({ ...agenda, rows: [{ ...row, planId: 7 }] })).toBe(false);
    expect(isPreviewAgenda({ ...agenda, summary: { ...agenda.summary, overdueTotal: undefined } })).toBe(false);
    expect(isPreviewAgenda({ ...agenda, later: { count: 1.5, total: 0 } })).toBe(false);
    expect(isPreviewAgenda(null)).toBe(false);
  });
});

describe('reading the first screenful', () => {
  beforeEach(() => fakeBrowser.reset());

  /** 60 plans due on days 1–60 from today, in reverse title order so the list's order is not the index's. */
  const sixty = () =>
    Array.from({ length: 60 }, (_, i) =>
      makePlan({ id: `p${i}`, title: `计划 ${60 - i}`, periods: 3, firstDueDate: addDays(TODAY, 1 + ((i * 7) % 20)) }),
    );
  const store = async (plans: Plan[], agenda: unknown = buildAgendaSnapshot(plans, TODAY)) => {
    await writeAllPlans(plans, 0);
    await fakeBrowser.storage.local.set({ agenda, agenda$: { v: 1 } });
  };

  it('reads the agenda’s first plans, validated, in the list’s order', async () => {
    const plans = sixty();
    await store(plans);
    const preview = await readPlansPreview(TODAY, 20);
    expect(preview?.plans.map((plan) => plan.id)).toEqual(listHead(plans, TODAY, 20));
    expect(preview?.plans[0]).toEqual(plans.find((plan) => plan.id === preview?.plans[0]?.id));
  });

  it('has none for another day’s agenda, a short list, a plan the index does not hold or an unreadable plan', async () => {
    const plans = sixty();
    await store(plans, buildAgendaSnapshot(plans, addDays(TODAY, -1)));
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    fakeBrowser.reset();
    await store(plans);
    expect(await readPlansPreview(TODAY, 60)).toBeNull();

    fakeBrowser.reset();
    const gone = makePlan({ id: 'gone', title: '先到期', firstDueDate: TODAY });
    await store(plans, buildAgendaSnapshot([...plans, gone], TODAY));
    expect(await readPlansPreview(TODAY, 20)).toBeNull();

    fakeBrowser.reset();
    await store(plans);
    const [head] = listHead(plans, TODAY, 1);
    await fakeBrowser.storage.local.set({ [`plan:${head}`]: { id: head } });
    expect(await readPlansPreview(TODAY, 20)).toBeNull();
  });
});
