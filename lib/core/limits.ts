// The caps on what is stored or read at once, each with the message a user sees when they bite. Free of
// imports: zod-free code (the popup's plan checks) and the schemas (./schemas.ts re-exports) share them.

/** The most plans kept at once (`err.tooManyPlans`); a backup with more is refused (`err.backupTooManyPlans`). */
export const MAX_PLANS = 2000;

/** The largest backup file read (`err.backupTooLarge`): 2,000 plans with years of payments fit in 2–3 MB. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** The largest amount a plan or payment may hold (`err.moneyTooLarge`): ¥999,999,999.99, far past any installment plan. */
export const MAX_AMOUNT_FEN = 99_999_999_999;

/** The highest yearly rate (`err.rateTooHigh`): 100 %. */
export const MAX_ANNUAL_RATE = 1;

/** A fee above this per period is no lender's offer, but a typo (9 for 0.9 %) (`err.feeTooHigh`). */
export const MAX_FEE_RATE = 0.05;

/** The highest penalty per day late (`err.penaltyTooHigh`): 1 %. */
export const MAX_PENALTY_DAILY_RATE = 0.01;
/** A card's daily interest rate above 1 % a day is a typo (cards charge 0.05 %). */
export const MAX_CARD_DAILY_RATE = 0.01;

/** The most periods a plan has, and rows a page or proposal may list (`err.periods`): 30 years, monthly. */
export const MAX_PERIODS = 360;

/** The first due dates a plan may have (`err.firstDueOutOfRange`): a typo (9999-12-31, 0226-03-10) is not a plan. */
export const FIRST_DUE_RANGE = { from: '2000-01-01', to: '2099-12-31' } as const;

/** The longest note a payment keeps (`err.noteTooLong`). */
export const MAX_NOTE_LENGTH = 200;
