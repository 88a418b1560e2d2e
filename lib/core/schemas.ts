import { z } from 'zod/mini';
import { isValidIsoDate } from './dates';
import {
  INTEREST_BASES,
  DEFAULT_SETTINGS as KIND_DEFAULTS,
  LANGUAGES,
  LENDER_KINDS,
  MAX_LEAD_DAY,
  MAX_LEAD_DAYS,
  MAX_MONTHLY_INCOME_FEN,
  MAX_RATE_LINE,
  MAX_RATE_LINES,
  METHODS,
  PAYMENT_METHOD_KINDS,
} from './kinds';
import {
  FIRST_DUE_RANGE,
  MAX_AMOUNT_FEN,
  MAX_ANNUAL_RATE,
  MAX_CARD_DAILY_RATE,
  MAX_FEE_RATE,
  MAX_NOTE_LENGTH,
  MAX_PENALTY_DAILY_RATE,
  MAX_PERIODS,
} from './limits';
import { ORDER_NO_PATTERN } from './order-no';

export { FIRST_DUE_RANGE, LANGUAGES, LENDER_KINDS, MAX_FEE_RATE, MAX_LEAD_DAYS, MAX_NOTE_LENGTH, METHODS, PAYMENT_METHOD_KINDS };

// Issue messages are i18n keys (see lib/i18n): every boundary shows them in the user's language.

export const isoDate = z.string().check(z.refine(isValidIsoDate, { error: 'err.date' }));
export const fen = z.int().check(z.minimum(0, { error: 'err.moneyNegative' }));
export const positiveFen = z
  .int({ error: 'err.money' })
  .check(z.minimum(1, { error: 'err.moneyPositive' }), z.maximum(MAX_AMOUNT_FEN, { error: 'err.moneyTooLarge' }));

export const LenderKind = z.enum(LENDER_KINDS);
export type LenderKind = z.infer<typeof LenderKind>;

export const RepaymentMethod = z.enum(METHODS);
export type RepaymentMethod = z.infer<typeof RepaymentMethod>;

export const RemainderTo = z.enum(['first', 'last']);
export type RemainderTo = z.infer<typeof RemainderTo>;

/** Rate is a fraction: fee per period for `fee`, nominal annual for interest methods, 0 for interest-free. */
export const rate = z
  .number({ error: 'err.rate' })
  .check(z.minimum(0, { error: 'err.rateNegative' }), z.maximum(MAX_ANNUAL_RATE, { error: 'err.rateTooHigh' }));

const firstDueDate = isoDate.check(
  z.refine((date) => date >= FIRST_DUE_RANGE.from && date <= FIRST_DUE_RANGE.to, { error: 'err.firstDueOutOfRange' }),
);

export const TermsSchema = z.object({
  principal: positiveFen,
  periods: z.int({ error: 'err.periods' }).check(z.minimum(1, { error: 'err.periods' }), z.maximum(MAX_PERIODS, { error: 'err.periods' })),
  method: RepaymentMethod,
  rate,
  firstDueDate,
  remainderTo: z.optional(RemainderTo),
});
export type Terms = z.infer<typeof TermsSchema>;

export const PaymentMethodSchema = z.object({
  kind: z.enum(PAYMENT_METHOD_KINDS),
  /** What the user recognises, e.g. "招行 ****1234". */
  label: z.string().check(z.maxLength(60, { error: 'err.labelTooLong' })),
});
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

/** A period's number within its plan. */
export const periodNumber = z.int().check(z.minimum(1), z.maximum(MAX_PERIODS));

export const PaymentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  period: periodNumber,
  amount: positiveFen,
  date: isoDate,
  note: z.string().check(z.maxLength(MAX_NOTE_LENGTH, { error: 'err.noteTooLong' })),
});
export type Payment = z.infer<typeof PaymentSchema>;

export const SnoozeSchema = z.object({ period: z.int().check(z.minimum(1)), until: z.int() });
export type Snooze = z.infer<typeof SnoozeSchema>;

const httpsUrl = z.string().check(z.refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), { error: 'err.url' }));

/** A plan's customer service: a phone number and/or a web address, either may be empty. */
export const PlanContactSchema = z.object({
  phone: z.string().check(z.regex(/^[0-9+\-() ]{0,24}$/, { error: 'err.phone' })),
  url: httpsUrl,
});
export type PlanContact = z.infer<typeof PlanContactSchema>;

/** Ids travel inside notification ids (`rh|id:period|…`), so they are kept to a safe alphabet. */
export const planId = z.string().check(z.refine((value) => /^[A-Za-z0-9_-]{1,64}$/.test(value), { error: 'err.planId' }));

/** An order number as stores print them (digits, letters, dashes). */
export const orderNo = z.string().check(z.regex(ORDER_NO_PATTERN, { error: 'err.invalid' }));

/** Interest-bearing share of a card statement left unpaid: the whole statement (most Chinese cards) or the unpaid part. */
export const InterestBasisSchema = z.enum(INTEREST_BASES);

/**
 * A credit-card statement stored as a plan of one period: its amount is the principal and its due date the
 * first due date (so reminders, the agenda, payments and sync treat it as any installment). `card` holds
 * what only a statement has; `repeat` asks for next month's statement to be entered when this one is out.
 */
export const CardStatementSchema = z.object({
  statementDate: isoDate,
  minimum: z
    .int({ error: 'err.money' })
    .check(z.minimum(0, { error: 'err.moneyNegative' }), z.maximum(MAX_AMOUNT_FEN, { error: 'err.moneyTooLarge' })),
  /** Fraction per day (0.0005 = 0.05 %). */
  dailyRate: z
    .number({ error: 'err.rate' })
    .check(z.positive({ error: 'err.cardRate' }), z.maximum(MAX_CARD_DAILY_RATE, { error: 'err.cardRate' })),
  basis: InterestBasisSchema,
  repeat: z.boolean(),
  /** The statement this one follows, when it was entered as the next month's of another. */
  follows: z.optional(planId),
});
export type CardStatementTerms = z.infer<typeof CardStatementSchema>;

export const PlanSchema = z.object({
  id: planId,
  lender: z.object({
    kind: LenderKind,
    /** Free name, required for `other` ("招商银行信用卡"). */
    name: z.string().check(z.maxLength(40, { error: 'err.nameTooLong' })),
  }),
  title: z.string().check(z.minLength(1, { error: 'err.titleRequired' }), z.maxLength(80, { error: 'err.titleTooLong' })),
  /** The lender's order number (订单号), kept from an import: a store page is matched to its plan by it. */
  orderNo: z.optional(orderNo),
  ...TermsSchema.shape,
  remainderTo: RemainderTo,
  autoRepay: z.boolean(),
  paymentMethod: PaymentMethodSchema,
  repayUrl: httpsUrl,
  graceDays: z.int().check(z.minimum(0, { error: 'err.graceDays' }), z.maximum(30, { error: 'err.graceDays' })),
  /** Fraction of the unpaid amount per day late (0.0005 = 0.05 %/day). */
  penaltyDailyRate: z
    .number()
    .check(z.minimum(0, { error: 'err.rateNegative' }), z.maximum(MAX_PENALTY_DAILY_RATE, { error: 'err.penaltyTooHigh' })),
  /** Lender waives future periods' fees on early payoff (some cards do; 小米分期 and most stores do not). */
  waivesFutureFeesOnPayoff: z.boolean(),
  payments: z.array(PaymentSchema),
  skippedPeriods: z.array(z.int().check(z.minimum(1))),
  snoozes: z.array(SnoozeSchema),
  archived: z.boolean(),
  /** Optional, as plans stored before it have none: the lender's published contact applies then. */
  contact: z.optional(PlanContactSchema),
  /** Auto-repay periods whose debit the user said failed: late as usual, no longer awaiting confirmation. */
  debitFailed: z.optional(z.array(z.int().check(z.minimum(1)))),
  /** Present when the plan is one credit-card statement (see CardStatementSchema). */
  card: z.optional(CardStatementSchema),
  createdAt: z.int(),
  updatedAt: z.int(),
});
export type Plan = z.infer<typeof PlanSchema>;

/** What a user fills in: the plan without its bookkeeping. */
export const PlanDraftSchema = z.omit(PlanSchema, {
  id: true,
  payments: true,
  skippedPeriods: true,
  snoozes: true,
  archived: true,
  debitFailed: true,
  createdAt: true,
  updatedAt: true,
});
export type PlanDraft = z.infer<typeof PlanDraftSchema>;

export const SettingsSchema = z.object({
  /** Whether this browser shares its plans through the browser's own sync (absent: off; never synced itself). */
  sync: z.optional(z.boolean()),
  /** Days before the due date to remind; 0 is the due day itself. */
  leadDays: z.array(z.int().check(z.minimum(0), z.maximum(MAX_LEAD_DAY))).check(z.maxLength(MAX_LEAD_DAYS)),
  reminderHour: z.int().check(z.minimum(0), z.maximum(23)),
  overdueNag: z.boolean(),
  language: z.enum(LANGUAGES),
  /** Borrowing rationally (all optional, so settings saved before stay valid): the rate warning lines, by default DEFAULT_RATE_LINES. */
  rateLines: z.optional(z.array(z.number().check(z.positive(), z.maximum(MAX_RATE_LINE))).check(z.maxLength(MAX_RATE_LINES))),
  /** Monthly income in fen, when the user gives it: the cash-flow chart then shows repayments as a share of it. */
  monthlyIncome: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_MONTHLY_INCOME_FEN))),
  /** The share of income above which a month is marked, by default DEFAULT_BURDEN_THRESHOLD. */
  burdenThreshold: z.optional(z.number().check(z.positive(), z.maximum(1))),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type Language = Settings['language'];

export const DEFAULT_SETTINGS: Settings = { ...KIND_DEFAULTS, leadDays: [...KIND_DEFAULTS.leadDays] };

export const DEFAULT_PENALTY_DAILY_RATE = 0.0005;

export const SentReminderSchema = z.object({ id: z.string(), at: z.int() });
export type SentReminder = z.infer<typeof SentReminderSchema>;
