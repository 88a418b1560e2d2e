import { describe, expect, it } from 'vitest';
import {
  type CardPlan,
  isCardStatement,
  minimumPaymentCost,
  nextStatementDates,
  statementFollowedBy,
  statementOf,
  statementsAwaited,
  statementsToEnter,
} from '../../../lib/core/card-statement';
import { updatePlan } from '../../../lib/core/commands';
import { lenderInstant } from '../../../lib/core/dates';
import { planReminders, STALE_AFTER_MS, statementReminders } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { planStatus } from '../../../lib/core/status';
import { SoundPlanSchema, termsIssues } from '../../../lib/core/terms';
import { makePlan, makeStatement } from './plan-factory';

// The 招商银行 card of the worked example (see makeStatement).
const card = makeStatement;

describe('a card statement stored as a plan', () => {
  it('is one installment of its whole amount, due on its due date', () => {
    const [row, ...rest] = planStatus(card(), '2026-12-20');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ period: 1, dueDate: '2026-12-23', total: 345_678, remaining: 345_678, state: 'upcoming' });
  });

  it('is reminded like an installment: three days before, at the reminder hour', () => {
    const now = lenderInstant('2026-12-20', 9);
    const { due } = planReminders([card()], DEFAULT_SETTINGS, [], now);
    expect(due.map((reminder) => reminder.id)).toEqual(['cmb-dec:1:lead-3@2026-12-23']);
  });

  it('estimates the cost of paying only the minimum from what is stored', () => {
    // Whole statement: 345,678 × 0.0005 × 18 days (5 → 23 Dec) = 3,111.102
    // + (345,678 − 34,568) × 0.0005 × 13 days (23 Dec → 5 Jan) = 2,022.215 → 5,133.317 → ¥51.33.
    expect(minimumPaymentCost(statementOf(card()))).toMatchObject({ interest: 5_133, daysToDue: 18, daysAfterDue: 13 });
  });

  it('is told apart from a card’s installment plan (账单分期), which has no statement part', () => {
    expect(isCardStatement(card())).toBe(true);
    expect(isCardStatement(makePlan({ lender: { kind: 'card', name: '招商银行' } }))).toBe(false);
  });
});

describe('the rules tying a statement to its terms', () => {
  const keys = (plan: CardPlan) => termsIssues(plan).map((issue) => `${issue.path} ${issue.key}`);

  it('accepts the worked example', () => {
    expect(keys(card())).toEqual([]);
    expect(SoundPlanSchema.safeParse(card()).success).toBe(true);
  });

  it('refuses more than one period, a method other than interest-free, and a minimum above the amount', () => {
    expect(keys({ ...card(), periods: 3 })).toEqual(['periods err.cardOnePeriod']);
    expect(keys({ ...card(), method: 'fee', rate: 0.006 })).toEqual(['method err.cardMethod']);
    expect(keys({ ...card(), card: { ...card().card, minimum: 345_679 } })).toEqual(['card.minimum err.cardMinimum']);
  });

  it('wants the due date after the statement date and before the next statement', () => {
    for (const firstDueDate of ['2026-12-05', '2026-12-01', '2027-01-05', '2027-02-01'])
      expect(keys({ ...card(), firstDueDate })).toEqual(['firstDueDate err.cardDueDate']);
    expect(keys({ ...card(), firstDueDate: '2027-01-04' })).toEqual([]);
  });

  it('is what stored data must hold: a statement breaking a rule is unreadable, not half-used', () => {
    expect(SoundPlanSchema.safeParse({ ...card(), periods: 2 }).success).toBe(false);
    expect(SoundPlanSchema.safeParse({ ...card(), card: { ...card().card, dailyRate: 0 } }).success).toBe(false);
    expect(SoundPlanSchema.safeParse({ ...card(), card: { ...card().card, basis: 'some' } }).success).toBe(false);
  });
});

describe('next month’s statement', () => {
  it('is a month on, both dates; a 31st becomes the month’s last day', () => {
    expect(nextStatementDates(card())).toEqual({ statementDate: '2027-01-05', dueDate: '2027-01-23' });
    const late = card({ firstDueDate: '2027-02-20', card: { ...card().card, statementDate: '2027-01-31' } });
    expect(nextStatementDates(late)).toEqual({ statementDate: '2027-02-28', dueDate: '2027-03-20' });
  });

  it('is asked for from its statement date until a statement follows this one', () => {
    const december = card();
    expect(statementsToEnter([december], '2027-01-04')).toEqual([]);
    expect(statementsToEnter([december], '2027-01-05')).toEqual([{ plan: december, statementDate: '2027-01-05' }]);
    const january = card({
      id: 'cmb-jan',
      firstDueDate: '2027-01-23',
      card: { ...december.card, statementDate: '2027-01-05', follows: december.id },
    });
    expect(statementsToEnter([december, january], '2027-01-10')).toEqual([]);
  });

  it('is not asked for when the statement does not repeat or is archived', () => {
    expect(statementsToEnter([card({ card: { ...card().card, repeat: false } })], '2027-01-10')).toEqual([]);
    expect(statementsToEnter([card({ archived: true })], '2027-01-10')).toEqual([]);
  });

  it('is reminded once, on its statement date at the reminder hour, and the alarm is set for it before', () => {
    const at = lenderInstant('2027-01-05', 9);
    expect(statementReminders(statementsAwaited([card()]), DEFAULT_SETTINGS, [], at - 1)).toEqual({ due: [], nextAt: at });
    const { due, nextAt } = statementReminders(statementsAwaited([card()]), DEFAULT_SETTINGS, [], at);
    expect(due.map((reminder) => [reminder.id, reminder.statementDate])).toEqual([['cmb-dec:1:statement@2027-01-05', '2027-01-05']]);
    expect(nextAt).toBeNull();
    const sent = [{ id: 'cmb-dec:1:statement@2027-01-05', at }];
    expect(statementReminders(statementsAwaited([card()]), DEFAULT_SETTINGS, sent, at + 3_600_000).due).toEqual([]);
  });

  it('is not sent once stale, like an installment’s reminder', () => {
    const at = lenderInstant('2027-01-05', 9);
    expect(statementReminders(statementsAwaited([card()]), DEFAULT_SETTINGS, [], at + STALE_AFTER_MS).due).toEqual([]);
  });
});

describe('editing a statement', () => {
  const ctx = { now: 1, today: '2026-12-06', newId: () => 'id' };
  const { id: _i, payments: _p, skippedPeriods: _s, snoozes: _z, archived: _a, createdAt: _c, updatedAt: _u, ...draft } = card();

  it('keeps the statement part the draft carries', () => {
    const change = updatePlan(card(), { ...draft, card: { ...draft.card, minimum: 30_000 } }, ctx);
    expect(change.ok && change.plan.card?.minimum).toBe(30_000);
  });

  it('turns it back into an installment plan when the draft has no statement part', () => {
    const { card: _card, ...plain } = draft;
    const change = updatePlan(card(), { ...plain, periods: 3 }, ctx);
    expect(change.ok).toBe(true);
    expect(change.ok && 'card' in change.plan).toBe(false);
    expect(change.ok && SoundPlanSchema.safeParse(change.plan).success).toBe(true);
  });
});

describe('the statement a new bill follows', () => {
  const december = card();
  const other = card({ id: 'icbc', lender: { kind: 'card', name: '工商银行' } });

  it('is the same bank’s statement awaiting its next, when the bill is due near the date expected', () => {
    // December's next is due 23 January; a bill due 20 or 28 January is it, one due 5 February is not.
    expect(statementFollowedBy([other, december], '招商银行', '2027-01-20')).toBe(december);
    expect(statementFollowedBy([other, december], '招商银行', '2027-01-28')).toBe(december);
    expect(statementFollowedBy([other, december], '招商银行', '2027-02-05')).toBeUndefined();
    expect(statementFollowedBy([december], '建设银行', '2027-01-23')).toBeUndefined();
  });

  it('is none once another statement follows it, or when it does not repeat', () => {
    const january = card({
      id: 'jan',
      firstDueDate: '2027-01-23',
      card: { ...december.card, statementDate: '2027-01-05', follows: december.id },
    });
    expect(statementFollowedBy([december, january], '招商银行', '2027-01-23')).toBeUndefined();
    expect(statementFollowedBy([december, january], '招商银行', '2027-02-23')).toBe(january);
    expect(statementFollowedBy([card({ card: { ...december.card, repeat: false } })], '招商银行', '2027-01-23')).toBeUndefined();
  });
});
