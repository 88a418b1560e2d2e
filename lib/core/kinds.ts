// The closed lists of the domain, apart from their zod schemas (./schemas.ts builds on them), so that a
// view can use them without bundling zod.

export const LENDER_KINDS = ['xiaomi', 'huabei', 'baitiao', 'fenqile', 'card', 'other'] as const;
export const METHODS = ['fee', 'annuity', 'equal-principal', 'interest-first', 'interest-free'] as const;
export const PAYMENT_METHOD_KINDS = ['bank-card', 'wechat', 'alipay', 'other'] as const;
export const LANGUAGES = ['auto', 'zh-CN', 'en'] as const;
/** What a card charges interest on when a statement is not paid in full: all of it (the stricter) or the unpaid part. */
export const INTEREST_BASES = ['whole', 'unpaid'] as const;
export const INSTALLMENT_STATES = [
  'paid',
  'skipped',
  'partly-paid',
  'upcoming',
  'due-today',
  'in-grace',
  'overdue',
  'nothing-due',
  'unconfirmed',
] as const;

/** Reminders per installment before its due date: more would be noise. */
export const MAX_LEAD_DAYS = 5;
/** The furthest a reminder can be set before the due date, in days. */
export const MAX_LEAD_DAY = 30;

export const DEFAULT_SETTINGS = { leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'auto' } as const satisfies {
  leadDays: readonly number[];
  reminderHour: number;
  overdueNag: boolean;
  language: (typeof LANGUAGES)[number];
};

/** Nominal annual rates at or above which a plan is marked: 24 % and 36 %, the 2015 private-lending lines (see help). */
export const DEFAULT_RATE_LINES: readonly number[] = [0.24, 0.36];
/** At most this many rate lines, each above 0 and at most MAX_RATE_LINE (1,000 % a year). */
export const MAX_RATE_LINES = 3;
export const MAX_RATE_LINE = 10;
/** Repayments above this share of the monthly income mark the month in the cash-flow chart. */
export const DEFAULT_BURDEN_THRESHOLD = 0.5;
/** The largest monthly income kept: ¥100,000,000.00. */
export const MAX_MONTHLY_INCOME_FEN = 10_000_000_000;
