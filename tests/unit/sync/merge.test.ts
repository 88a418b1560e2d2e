import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../lib/core/backup';
import type { Plan } from '../../../lib/core/schemas';
import type { ClockState } from '../../../lib/sync/hlc';
import { docOfPlan, planOfDoc, recordLocal, termsConflict } from '../../../lib/sync/plan-doc';
import { mergePlanDocs, type PlanDoc } from '../../../lib/sync/plan-registers';
import { makePlan, makeStatement, STATEMENT_PART } from '../core/plan-factory';

// Several devices change one plan offline and exchange their states in any order: every arrival order,
// grouping and repetition ends in the same state, and nothing anyone entered (and nobody undid) is lost.

const DEVICES = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'] as const;
const T0 = Date.UTC(2026, 0, 1);

type Op =
  | { kind: 'pay'; period: number; amount: number }
  | { kind: 'undo'; pick: number }
  | { kind: 'skip'; period: number; on: boolean }
  | { kind: 'title'; title: string }
  | { kind: 'amount'; principal: number }
  | { kind: 'snooze'; period: number; until: number | null }
  | { kind: 'delete' }
  | { kind: 'restore' }
  | { kind: 'receive'; from: number };
interface Step {
  device: number;
  /** The device's system time moves by this much, backwards too (a wrong clock set right, or wrong). */
  drift: number;
  op: Op;
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('pay' as const), period: fc.integer({ min: 1, max: 12 }), amount: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('skip' as const), period: fc.integer({ min: 1, max: 12 }), on: fc.boolean() }),
  fc.record({ kind: fc.constant('title' as const), title: fc.constantFrom('手机', '电脑', 'Laptop', '冰箱') }),
  fc.record({ kind: fc.constant('amount' as const), principal: fc.integer({ min: 12, max: 5_000_000 }) }),
  fc.record({ kind: fc.constant('snooze' as const), period: fc.integer({ min: 1, max: 12 }), until: fc.option(fc.nat(), { nil: null }) }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'restore' as const }),
  fc.record({ kind: fc.constant('receive' as const), from: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('receive' as const), from: fc.integer({ min: 0, max: 2 }) }),
);
const stepsArb = fc.array(
  fc.record({ device: fc.integer({ min: 0, max: 2 }), drift: fc.integer({ min: -3_600_000, max: 600_000 }), op: opArb }),
  { maxLength: 40 },
);

interface Device {
  clock: ClockState;
  now: number;
  plan: Plan | null;
  lastPlan: Plan;
  doc: PlanDoc;
}
interface Story {
  devices: Device[];
  snapshots: PlanDoc[];
  paid: Set<string>;
  undone: Set<string>;
  skipped: Set<number>;
  unskipped: Set<number>;
  deleted: boolean;
}

/** Plays the steps: every device starts from the same plan (as if received from device a). */
function play(steps: readonly Step[]): Story {
  const start = makePlan({ id: 'shared', createdAt: T0, updatedAt: T0 });
  const first = docOfPlan(start, DEVICES[0]);
  const devices: Device[] = DEVICES.map((device) => ({
    clock: { device, wall: 0, count: 0 },
    now: T0,
    plan: start,
    lastPlan: start,
    doc: first,
  }));
  const story: Story = {
    devices,
    snapshots: [first],
    paid: new Set(),
    undone: new Set(),
    skipped: new Set(),
    unskipped: new Set(),
    deleted: false,
  };
  let ids = 0;
  for (const { device: index, drift, op } of steps) {
    const device = devices[index] as Device;
    device.now += drift;
    const plan = device.plan;
    if (op.kind === 'receive') {
      device.doc = mergePlanDocs(device.doc, (devices[op.from] as Device).doc);
      device.plan = planOfDoc(device.doc);
    } else {
      let next: Plan | null = plan;
      if (op.kind === 'restore') next = plan ?? device.lastPlan;
      else if (!plan) continue;
      else if (op.kind === 'pay') {
        const id = `pay-${++ids}`;
        story.paid.add(id);
        next = { ...plan, payments: [...plan.payments, { id, period: op.period, amount: op.amount, date: '2026-01-10', note: '' }] };
      } else if (op.kind === 'undo') {
        const gone = plan.payments[op.pick % Math.max(1, plan.payments.length)];
        if (!gone) continue;
        story.undone.add(gone.id);
        next = { ...plan, payments: plan.payments.filter((payment) => payment !== gone) };
      } else if (op.kind === 'skip') {
        (op.on ? story.skipped : story.unskipped).add(op.period);
        const others = plan.skippedPeriods.filter((period) => period !== op.period);
        next = { ...plan, skippedPeriods: op.on ? [...others, op.period].sort((a, b) => a - b) : others };
      } else if (op.kind === 'title') next = { ...plan, title: op.title };
      else if (op.kind === 'amount') next = { ...plan, principal: op.principal };
      else if (op.kind === 'snooze') {
        const others = plan.snoozes.filter((snooze) => snooze.period !== op.period);
        next = { ...plan, snoozes: op.until === null ? others : [...others, { period: op.period, until: op.until }] };
      } else if (op.kind === 'delete') {
        story.deleted = true;
        next = null;
      }
      // As the plan commands do: a change carries the time it was made (the device's clock, maybe wrong).
      if (next) next = { ...next, updatedAt: device.now };
      const recorded = recordLocal(device.doc, next, device.clock, device.now);
      device.doc = recorded.doc;
      device.clock = recorded.clock;
      device.plan = planOfDoc(device.doc);
      if (device.plan) device.lastPlan = device.plan;
    }
    story.snapshots.push(device.doc);
  }
  return story;
}

const mergeAll = (docs: readonly PlanDoc[]) => docs.reduce(mergePlanDocs);
const same = (a: PlanDoc, b: PlanDoc) => expect(canonical(a)).toBe(canonical(b));

describe('merging shared plan states', () => {
  it('is commutative, associative and idempotent over states devices really produce', () => {
    fc.assert(
      fc.property(stepsArb, fc.nat(), fc.nat(), fc.nat(), (steps, i, j, k) => {
        const { snapshots } = play(steps);
        const [a, b, c] = [i, j, k].map((n) => snapshots[n % snapshots.length] as PlanDoc) as [PlanDoc, PlanDoc, PlanDoc];
        same(mergePlanDocs(a, b), mergePlanDocs(b, a));
        same(mergePlanDocs(mergePlanDocs(a, b), c), mergePlanDocs(a, mergePlanDocs(b, c)));
        same(mergePlanDocs(a, a), a);
        same(mergePlanDocs(mergePlanDocs(a, b), b), mergePlanDocs(a, b));
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('ends in the same state whatever order the changes arrive in, and however often', () => {
    fc.assert(
      fc.property(
        stepsArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        (steps, orderA, orderB) => {
          const { snapshots } = play(steps);
          // Two devices receive every state, each in its own order and with repeats of its own.
          const arrivals = (order: number[]) => [...snapshots, ...order.map((n) => snapshots[n % snapshots.length] as PlanDoc)];
          const shuffled = (order: number[]) =>
            arrivals(order)
              .map((doc, index) => ({ doc, key: (order[index % order.length] as number) * 7919 + index }))
              .sort((x, y) => x.key - y.key)
              .map(({ doc }) => doc);
          same(mergeAll(shuffled(orderA)), mergeAll(shuffled(orderB)));
          expect(canonical(planOfDoc(mergeAll(shuffled(orderA))))).toBe(canonical(planOfDoc(mergeAll(shuffled(orderB)))));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('loses no payment, plan or skip that nobody undid', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const story = play(steps);
        const merged = mergeAll(story.devices.map((device) => device.doc));
        const plan = planOfDoc(merged);
        if (!story.deleted) expect(plan).not.toBeNull();
        if (!plan) return;
        const ids = new Set(plan.payments.map((payment) => payment.id));
        for (const id of story.paid) if (!story.undone.has(id)) expect(ids.has(id), `payment ${id}`).toBe(true);
        for (const id of story.undone) expect(ids.has(id)).toBe(false);
        for (const period of story.skipped) if (!story.unskipped.has(period)) expect(plan.skippedPeriods).toContain(period);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

describe('what the merge shows the user', () => {
  const base = makePlan({ id: 'shared', createdAt: T0, updatedAt: T0 });
  const clockOf = (device: string): ClockState => ({ device, wall: 0, count: 0 });

  it('shows both amounts when two devices changed the amount without seeing each other', () => {
    const start = docOfPlan(base, 'aaaaaaaa');
    const home = recordLocal(start, { ...base, principal: 1_000_000, updatedAt: T0 + 1_000 }, clockOf('aaaaaaaa'), T0 + 1_000).doc;
    const office = recordLocal(start, { ...base, principal: 1_100_000, updatedAt: T0 + 2_000 }, clockOf('bbbbbbbb'), T0 + 2_000).doc;
    const merged = mergePlanDocs(home, office);
    // The later write is applied; the other amount is kept and shown.
    expect(planOfDoc(merged)?.principal).toBe(1_100_000);
    const conflict = termsConflict(merged);
    expect(conflict?.amount).toBe(true);
    expect(conflict?.values.map((terms) => terms.principal)).toEqual([1_100_000, 1_000_000]);
  });

  it('shows no conflict when the second change was made after the first had arrived', () => {
    const start = docOfPlan(base, 'aaaaaaaa');
    const home = recordLocal(start, { ...base, principal: 1_000_000, updatedAt: T0 + 1_000 }, clockOf('aaaaaaaa'), T0 + 1_000);
    const seen = mergePlanDocs(start, home.doc);
    const office = recordLocal(seen, { ...base, principal: 1_100_000, updatedAt: T0 + 500 }, clockOf('bbbbbbbb'), T0 + 500).doc;
    const merged = mergePlanDocs(home.doc, office);
    expect(termsConflict(merged)).toBeNull();
    // Made later, though its system clock read earlier: the office's amount wins.
    expect(planOfDoc(merged)?.principal).toBe(1_100_000);
  });

  it('keeps a plan deleted on one device when older changes arrive late, and brings it back for a later one', () => {
    const start = docOfPlan(base, 'aaaaaaaa');
    const paid = recordLocal(
      start,
      { ...base, payments: [{ id: 'p1', period: 1, amount: 107_200, date: '2026-01-10', note: '' }] },
      clockOf('bbbbbbbb'),
      T0 + 1_000,
    );
    const deleted = recordLocal(start, null, clockOf('aaaaaaaa'), T0 + 5_000).doc;
    expect(planOfDoc(mergePlanDocs(deleted, paid.doc))).toBeNull();
    const paidLater = recordLocal(
      paid.doc,
      { ...(planOfDoc(paid.doc) as Plan), title: '还在用', updatedAt: T0 + 9_000 },
      paid.clock,
      T0 + 9_000,
    ).doc;
    const back = planOfDoc(mergePlanDocs(deleted, paidLater));
    expect(back?.title).toBe('还在用');
    expect(back?.payments.map((payment) => payment.id)).toEqual(['p1']);
  });

  it('carries a plan’s customer service to the other device, and its clearing too', () => {
    const start = docOfPlan(base, 'aaaaaaaa');
    // A plan without a contact of its own reads back without one (not null, which no plan may hold).
    expect(planOfDoc(JSON.parse(JSON.stringify(start)) as PlanDoc)?.contact).toBeUndefined();
    const contact = { phone: '400-100-5678', url: 'https://help.example.com/' };
    const set = recordLocal(start, { ...base, contact, updatedAt: T0 + 1_000 }, clockOf('aaaaaaaa'), T0 + 1_000);
    // Through the browser's storage (JSON) and a merge on a device that had only the start.
    const arrived = mergePlanDocs(start, JSON.parse(JSON.stringify(set.doc)) as PlanDoc);
    expect(planOfDoc(arrived)?.contact).toEqual(contact);
    const cleared = { ...(planOfDoc(arrived) as Plan), contact: { phone: '', url: '' }, updatedAt: T0 + 2_000 };
    const office = recordLocal(arrived, cleared, clockOf('bbbbbbbb'), T0 + 2_000).doc;
    expect(planOfDoc(mergePlanDocs(set.doc, office))?.contact).toEqual({ phone: '', url: '' });
    // Nothing changed: nothing is written again.
    const again = recordLocal(office, planOfDoc(office), clockOf('bbbbbbbb'), T0 + 3_000).doc;
    expect(canonical(again)).toBe(canonical(office));
  });

  it('carries every optional field a plan may hold (order number, failed debits) through storage and a merge', () => {
    const full: Plan = { ...base, orderNo: 'XM2026-0001', debitFailed: [2], contact: { phone: '95188', url: '' } };
    const arrived = mergePlanDocs(docOfPlan(base, 'aaaaaaaa'), JSON.parse(JSON.stringify(docOfPlan(full, 'bbbbbbbb'))) as PlanDoc);
    const plan = planOfDoc(arrived) as Plan;
    expect({ orderNo: plan.orderNo, debitFailed: plan.debitFailed, contact: plan.contact }).toEqual({
      orderNo: 'XM2026-0001',
      debitFailed: [2],
      contact: { phone: '95188', url: '' },
    });
  });

  it('carries a card statement, its statement part with it, to the other device', () => {
    const statement = makeStatement({ id: base.id, createdAt: T0, updatedAt: T0, card: { ...STATEMENT_PART, follows: 'cmb-nov' } });
    const arrived = mergePlanDocs(docOfPlan(base, 'aaaaaaaa'), JSON.parse(JSON.stringify(docOfPlan(statement, 'bbbbbbbb'))) as PlanDoc);
    expect(planOfDoc(arrived)).toMatchObject({ principal: 345_678, periods: 1, card: statement.card });
    // Turned back into an installment plan elsewhere: the statement part goes too.
    const plain = recordLocal(arrived, { ...base, updatedAt: T0 + 5_000 }, clockOf('aaaaaaaa'), T0 + 5_000).doc;
    expect(planOfDoc(mergePlanDocs(arrived, plain))?.card).toBeUndefined();
  });

  it('never mixes a statement’s part with terms written elsewhere: the plan stays, both versions shown', () => {
    // Home makes the plan a statement while the office, not having seen it, changes the installment's amount
    // later. Mixed, the office's 12 periods and home's statement would break the rules and read as deleted.
    const statement = makeStatement({ id: base.id, createdAt: T0, updatedAt: T0 + 1_000 });
    const start = docOfPlan(base, 'aaaaaaaa');
    const home = recordLocal(start, statement, clockOf('aaaaaaaa'), T0 + 1_000).doc;
    const office = recordLocal(start, { ...base, principal: 1_100_000, updatedAt: T0 + 2_000 }, clockOf('bbbbbbbb'), T0 + 2_000).doc;
    for (const merged of [mergePlanDocs(home, office), mergePlanDocs(office, home)]) {
      const plan = planOfDoc(JSON.parse(JSON.stringify(merged)) as PlanDoc);
      expect(plan).toMatchObject({ principal: 1_100_000, periods: 12 });
      expect(plan?.card).toBeUndefined();
      expect(termsConflict(merged)?.values.map((terms) => [terms.principal, terms.card?.minimum])).toEqual([
        [1_100_000, undefined],
        [345_678, 34_568],
      ]);
    }
  });
});
