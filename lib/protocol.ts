import { z } from 'zod/mini';
import { isoDate, PlanDraftSchema, planId, positiveFen, SettingsSchema, SoundPlanSchema } from './core/schemas';

// Payload schemas of the message protocol (lib/messaging.ts). The background checks every payload
// with them on receipt; views import only types from here, so these schemas stay out of their bundles.

const period = z.int().check(z.minimum(1), z.maximum(360));

/** Earlier periods the user says were already paid when adding a plan (0 = none). */
export const AddPlanInput = z.object({
  draft: PlanDraftSchema,
  paidThroughPeriod: z.optional(z.int().check(z.minimum(0), z.maximum(360))),
});
export const UpdatePlanInput = z.object({ id: planId, draft: PlanDraftSchema });
export const PlanRefInput = z.object({ id: planId });
export const RestorePlanInput = z.object({ plan: SoundPlanSchema });
export const ArchivePlanInput = z.object({ id: planId, archived: z.boolean() });
/** `amount` absent = pay what is still owed for the period. */
export const RecordPaymentInput = z.object({
  planId,
  period,
  amount: z.optional(positiveFen),
  date: isoDate,
  note: z.optional(z.string().check(z.maxLength(200))),
});
export const UndoPaymentInput = z.object({ planId, paymentId: z.string().check(z.minLength(1)) });
export const SkipPeriodInput = z.object({ planId, period, skipped: z.boolean() });
export const SnoozeInput = z.object({ planId, period, until: z.int() });
export const UpdateSettingsInput = SettingsSchema;
export const ImportBackupInput = z.object({ backup: z.unknown() });
export const MarkReminderPaidInput = z.object({ notificationId: z.string() });

/** What a store page read: offered to the user, who confirms it in the options page. */
export const ImportProposalSchema = z.object({
  sourceUrl: z.string().check(z.maxLength(2000)),
  title: z.string().check(z.maxLength(80)),
  installments: z
    // `paid`: the page marks the row as repaid (已还); absent when the page does not say.
    .array(z.object({ period: z.optional(period), dueDate: isoDate, amount: positiveFen, paid: z.optional(z.boolean()) }))
    .check(z.minLength(1), z.maxLength(360)),
  /** Total periods if the page says so ("第 3/12 期"). */
  periods: z.optional(period),
});
export type ImportProposal = z.infer<typeof ImportProposalSchema>;
