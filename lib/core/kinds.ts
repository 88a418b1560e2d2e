// The closed lists of the domain, apart from their zod schemas (./schemas.ts builds on them), so that a
// view can use them without bundling zod.

export const LENDER_KINDS = ['xiaomi', 'huabei', 'baitiao', 'fenqile', 'card', 'other'] as const;
export const METHODS = ['fee', 'annuity', 'equal-principal', 'interest-first', 'interest-free'] as const;
export const PAYMENT_METHOD_KINDS = ['bank-card', 'wechat', 'alipay', 'other'] as const;
export const LANGUAGES = ['auto', 'zh-CN', 'en'] as const;
export const INSTALLMENT_STATES = ['paid', 'skipped', 'partly-paid', 'upcoming', 'due-today', 'in-grace', 'overdue'] as const;

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
