import { z } from 'zod/mini';
import { isoDate, positiveFen } from './schemas';

const period = z.int().check(z.minimum(1), z.maximum(360));

/** What a page read: offered to the user, who confirms it in the options page before anything is stored. */
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
