import { z } from 'zod/mini';
import { MAX_PERIODS } from './limits';
import { fen, isoDate, LenderKind, orderNo, periodNumber as period, positiveFen } from './schemas';

/** What a page read: offered to the user, who confirms it in the options page before anything is stored. */
export const ImportProposalSchema = z.object({
  sourceUrl: z.string().check(z.maxLength(2000)),
  title: z.string().check(z.maxLength(80)),
  /** The order the plan belongs to (订单号): stored with the plan, so its page is recognised later. */
  orderNo: z.optional(orderNo),
  /** Whether the page says auto-repay is on, and the account it debits ("招商银行 ****1234"). */
  autoRepay: z.optional(z.boolean()),
  account: z.optional(z.string().check(z.maxLength(60))),
  installments: z
    // `paid`: the page marks the row as repaid (已还); absent when the page does not say.
    .array(
      z.object({
        period: z.optional(period),
        dueDate: isoDate,
        amount: positiveFen,
        paid: z.optional(z.boolean()),
        // The row's principal and fee (or interest), when the page shows those columns: the terms are inferred from them.
        principal: z.optional(fen),
        charge: z.optional(fen),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_PERIODS)),
  /** Total periods if the page says so ("第 3/12 期"). */
  periods: z.optional(period),
  /** Who the bill is from, when the page or message names it (read this page, pasted bills). */
  lender: z.optional(z.object({ kind: LenderKind, name: z.optional(z.string().check(z.maxLength(40))) })),
});
export type ImportProposal = z.infer<typeof ImportProposalSchema>;
