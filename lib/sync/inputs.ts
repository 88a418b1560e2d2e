import { z } from 'zod/mini';
import { CardStatementSchema, planId, TermsSchema } from '../core/schemas';

// The payloads of the sync commands (lib/protocol.ts).

export const SetSyncInput = z.object({ enabled: z.boolean() });
/** The user's pick between terms two browsers wrote without seeing each other (a card statement's part with its terms). */
export const ChooseTermsInput = z.object({ planId, terms: z.extend(TermsSchema, { card: z.optional(CardStatementSchema) }) });
