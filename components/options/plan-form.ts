import { type CardPlan, DEFAULT_CARD_DAILY_RATE, type InterestBasis, nextStatementDates } from '../../lib/core/card-statement';
import { addMonthsClamped, type IsoDate } from '../../lib/core/dates';
import type { Problem } from '../../lib/core/field-issues';
import { isPrefilledRepayUrl, prefilledRepayUrl } from '../../lib/core/lenders';
import { fenToDecimal } from '../../lib/core/money';
import {
  type CardStatementTerms,
  DEFAULT_PENALTY_DAILY_RATE,
  type LenderKind,
  type PaymentMethod,
  type PlanDraft,
  type RepaymentMethod,
} from '../../lib/core/schemas';

// The plan editor's state as the user typed it: empty, from a stored plan or next month's statement.
// Its one way into a PlanDraft is ./read-plan-form.ts.

export interface PlanFormValues {
  lenderKind: LenderKind;
  lenderName: string;
  title: string;
  principal: string;
  periods: string;
  method: RepaymentMethod;
  /** Percent: per period for `fee`, per year otherwise. */
  rate: string;
  firstDueDate: string;
  autoRepay: boolean;
  paymentKind: PaymentMethod['kind'];
  paymentLabel: string;
  repayUrl: string;
  /** The plan's own customer service; empty: its lender's published one applies (contactOf). */
  contactPhone: string;
  contactUrl: string;
  graceDays: string;
  /** Percent per day. */
  penaltyRate: string;
  waivesFutureFeesOnPayoff: boolean;
  remainderTo: 'first' | 'last';
  /** Only for a new plan whose first due date is past. */
  earlierPaid: boolean;
  /** A card statement (only with the card lender): the principal is its amount, the first due date its due date. */
  isCard: boolean;
  statementDate: string;
  minimum: string;
  /** Percent per day. */
  cardRate: string;
  cardBasis: InterestBasis;
  cardRepeat: boolean;
  /** The statement this one follows, when entered as its next month's. */
  follows?: string;
  /** From an import: the order number, and the periods the page marks repaid (overrides `earlierPaid`). */
  orderNo?: string;
  paidThroughPeriod?: number;
}
export type FieldName = keyof PlanFormValues;

/** Percent shown without float noise: 0.006 → "0.6". */
const percent = (fraction: number) => String(Number((fraction * 100).toFixed(8)));

export function emptyForm(today: IsoDate): PlanFormValues {
  return {
    lenderKind: 'xiaomi',
    lenderName: '',
    title: '',
    principal: '',
    periods: '12',
    method: 'fee',
    rate: '',
    firstDueDate: addMonthsClamped(today, 1),
    autoRepay: false,
    paymentKind: 'bank-card',
    paymentLabel: '',
    repayUrl: prefilledRepayUrl('xiaomi'),
    contactPhone: '',
    contactUrl: '',
    graceDays: '0',
    penaltyRate: percent(DEFAULT_PENALTY_DAILY_RATE),
    waivesFutureFeesOnPayoff: false,
    remainderTo: 'last',
    earlierPaid: true,
    ...NO_CARD,
  };
}

const NO_CARD = {
  isCard: false,
  statementDate: '',
  minimum: '',
  cardRate: percent(DEFAULT_CARD_DAILY_RATE),
  cardBasis: 'whole',
  cardRepeat: true,
} as const satisfies Partial<PlanFormValues>;

/** The form's card fields for a stored statement, or their defaults. */
function cardValues(card: CardStatementTerms | undefined) {
  if (!card) return NO_CARD;
  return {
    isCard: true,
    statementDate: card.statementDate,
    minimum: fenToDecimal(card.minimum),
    cardRate: percent(card.dailyRate),
    cardBasis: card.basis,
    cardRepeat: card.repeat,
    ...(card.follows ? { follows: card.follows } : {}),
  };
}

/** Next month's statement of a card: the card as it was, both dates a month on, amount and minimum to enter. */
export function nextStatementForm(plan: CardPlan): PlanFormValues {
  const { statementDate, dueDate } = nextStatementDates(plan);
  return { ...formFromDraft(plan), principal: '', minimum: '', statementDate, firstDueDate: dueDate, follows: plan.id };
}

export function formFromDraft(draft: PlanDraft): PlanFormValues {
  return {
    lenderKind: draft.lender.kind,
    lenderName: draft.lender.name,
    title: draft.title,
    principal: fenToDecimal(draft.principal),
    periods: String(draft.periods),
    method: draft.method,
    rate: percent(draft.rate),
    firstDueDate: draft.firstDueDate,
    autoRepay: draft.autoRepay,
    paymentKind: draft.paymentMethod.kind,
    paymentLabel: draft.paymentMethod.label,
    repayUrl: draft.repayUrl,
    contactPhone: draft.contact?.phone ?? '',
    contactUrl: draft.contact?.url ?? '',
    graceDays: String(draft.graceDays),
    penaltyRate: percent(draft.penaltyDailyRate),
    waivesFutureFeesOnPayoff: draft.waivesFutureFeesOnPayoff,
    remainderTo: draft.remainderTo,
    earlierPaid: false,
    ...cardValues(draft.card),
  };
}

/** Switching lender keeps a typed address but swaps a default one for the new lender's default. */
export function withLender(values: PlanFormValues, kind: LenderKind): PlanFormValues {
  const keepsOwnUrl = !isPrefilledRepayUrl(values.repayUrl);
  return { ...values, lenderKind: kind, repayUrl: keepsOwnUrl ? values.repayUrl : prefilledRepayUrl(kind) };
}

export type FormErrors = Partial<Record<FieldName, Problem>>;
export type FormResult = { ok: true; draft: PlanDraft } | { ok: false; errors: FormErrors };
