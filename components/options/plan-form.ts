import { type CardPlan, DEFAULT_CARD_DAILY_RATE, type InterestBasis, nextStatementDates } from '../../lib/core/card-statement';
import { addMonthsClamped, type IsoDate } from '../../lib/core/dates';
import { fieldIssue, issuesOf, type Problem } from '../../lib/core/field-issues';
import { DEFAULT_REPAY_URLS, isPrefilledRepayUrl, prefilledRepayUrl } from '../../lib/core/lenders';
import { MAX_AMOUNT_FEN } from '../../lib/core/limits';
import { fenToDecimal, readYuan, toHalfWidth } from '../../lib/core/money';
import {
  type CardStatementTerms,
  DEFAULT_PENALTY_DAILY_RATE,
  type LenderKind,
  type PaymentMethod,
  type PlanDraft,
  PlanDraftSchema,
  type RepaymentMethod,
} from '../../lib/core/schemas';
import { termsIssues } from '../../lib/core/terms';

// The plan editor's state as the user typed it, and its one way into a PlanDraft: the same zod schema
// every other boundary uses, so the messages shown here are the ones the background would give.

/** Where 小米分期 is repaid (立即还款). */
export const XIAOMI_REPAY_URL = DEFAULT_REPAY_URLS.xiaomi;

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
    repayUrl: XIAOMI_REPAY_URL,
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

const number = (text: string): number => {
  const cleaned = toHalfWidth(text).trim().replace(/%$/, '').trim();
  return cleaned === '' ? Number.NaN : Number(cleaned);
};
/** Percent text to a fraction, rounded past float noise (0.6 → 0.006). */
const fraction = (text: string) => Number((number(text) / 100).toFixed(10));

// Where each schema path is typed in the form; the other paths are the form's own field names.
const FIELD_OF_PATH: Record<string, FieldName> = {
  'lender.kind': 'lenderKind',
  'lender.name': 'lenderName',
  'paymentMethod.kind': 'paymentKind',
  'paymentMethod.label': 'paymentLabel',
  penaltyDailyRate: 'penaltyRate',
  'contact.phone': 'contactPhone',
  'contact.url': 'contactUrl',
  'card.statementDate': 'statementDate',
  'card.minimum': 'minimum',
  'card.dailyRate': 'cardRate',
};
const fieldOf = (path: string): FieldName => FIELD_OF_PATH[path] ?? (path as FieldName);

const problemOf = ({ key, params }: Problem): Problem => (params ? { key, params } : { key });

export type FormErrors = Partial<Record<FieldName, Problem>>;
export type FormResult = { ok: true; draft: PlanDraft } | { ok: false; errors: FormErrors };

/** The draft the values describe, or what is wrong (an i18n key and the limit it names) with each field that is. */
export function readForm(values: PlanFormValues): FormResult {
  const principal = readYuan(values.principal, MAX_AMOUNT_FEN);
  const statement = values.lenderKind === 'card' && values.isCard;
  const minimum = readYuan(values.minimum, MAX_AMOUNT_FEN);
  // A statement is one amount due on one date, without interest when paid in full.
  const cardTerms = statement
    ? {
        periods: 1,
        method: 'interest-free' as const,
        rate: 0,
        card: {
          statementDate: values.statementDate.trim(),
          minimum: minimum.ok ? minimum.fen : Number.NaN,
          dailyRate: fraction(values.cardRate),
          basis: values.cardBasis,
          repeat: values.cardRepeat,
          ...(values.follows ? { follows: values.follows } : {}),
        },
      }
    : {};
  const candidate = {
    lender: { kind: values.lenderKind, name: values.lenderName.trim() },
    title: values.title.trim(),
    principal: principal.ok ? principal.fen : Number.NaN,
    periods: number(values.periods),
    method: values.method,
    // The rate field is hidden for interest-free plans, so whatever it held earlier does not count.
    rate: values.method === 'interest-free' ? 0 : fraction(values.rate),
    firstDueDate: values.firstDueDate.trim(),
    remainderTo: values.remainderTo,
    autoRepay: values.autoRepay,
    paymentMethod: { kind: values.paymentKind, label: values.paymentLabel.trim() },
    repayUrl: values.repayUrl.trim(),
    // Always sent, even empty: an update keeps fields its draft leaves out, so a cleared contact must say so.
    contact: { phone: toHalfWidth(values.contactPhone).trim(), url: values.contactUrl.trim() },
    graceDays: number(values.graceDays),
    penaltyDailyRate: fraction(values.penaltyRate),
    waivesFutureFeesOnPayoff: values.waivesFutureFeesOnPayoff,
    ...(values.orderNo ? { orderNo: values.orderNo } : {}),
    ...cardTerms,
  };
  const errors: FormErrors = {};
  if (values.lenderKind === 'other' && candidate.lender.name === '') errors.lenderName = { key: 'err.titleRequired' };
  // Typed text that is no amount is named for what is wrong with it (a minus, a third decimal, too many digits).
  if (!principal.ok) errors.principal = problemOf(fieldIssue('principal', principal.key));
  if (statement && !minimum.ok) errors.minimum = problemOf(fieldIssue('card.minimum', minimum.key));
  const parsed = PlanDraftSchema.safeParse(candidate);
  // Terms no lender could offer are judged as soon as the terms themselves parse, whatever else is missing.
  const issues = [...(parsed.success ? [] : issuesOf(parsed.error)), ...termsIssues(candidate)];
  for (const issue of issues) errors[fieldOf(issue.path)] ??= problemOf(issue);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft: parsed.data };
}
