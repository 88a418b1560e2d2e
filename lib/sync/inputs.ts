import { z } from 'zod/mini';
import { planId, TermsSchema } from '../core/schemas';

// The payloads of the sync commands (lib/protocol.ts).

export const SetSyncInput = z.object({ enabled: z.boolean() });
/** The user's pick between terms two browsers wrote without seeing each other. */
export const ChooseTermsInput = z.object({ planId, terms: TermsSchema });
