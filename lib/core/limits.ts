// The caps on what is stored or read at once, each with the message a user sees when they bite.

/** The most plans kept at once (`err.tooManyPlans`); a backup with more is refused (`err.backupTooManyPlans`). */
export const MAX_PLANS = 2000;

/** The largest backup file read (`err.backupTooLarge`): 2,000 plans with years of payments fit in 2–3 MB. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
