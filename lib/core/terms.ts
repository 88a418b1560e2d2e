import { z } from 'zod/mini';
import { type FieldIssue, fieldIssue, issuesOf } from './field-issues';
import { PlanSchema, type Terms, TermsSchema } from './schemas';
import { crossFieldIssues, hasSoundTerms, type StatementPart } from './terms-rules';

// The one judge of a plan's terms, for the editor, commands, backups, storage and schedules alike: each
// field's schema, then the rules that tie the fields together (./terms-rules.ts, zod-free for the popup).

export { hasSoundTerms };

/**
 * The one judge of terms (and, for a card statement, of how its statement ties to them): each field's own
 * problems, else the problems no single field shows.
 */
export function termsIssues(terms: Terms & { card?: StatementPart | undefined }): FieldIssue[] {
  const parsed = TermsSchema.safeParse(terms);
  if (parsed.success) return crossFieldIssues({ ...parsed.data, card: terms.card });
  // A fee of 500 % is over the yearly cap too, but the limit that applies to a fee is the fee's own.
  const feeTooHigh = (issue: FieldIssue) => terms.method === 'fee' && issue.key === 'err.rateTooHigh';
  return issuesOf(parsed.error).map((issue) => (feeTooHigh(issue) ? fieldIssue(issue.path, 'err.feeTooHigh') : issue));
}

/**
 * A plan whose schedule can be built: what storage, restores and backups must hold. One stored plan
 * with impossible terms would make every schedule computation throw (reminders, badge, popup), so such
 * a value is treated as unreadable and kept aside instead.
 */
export const SoundPlanSchema = PlanSchema.check(z.refine((plan) => hasSoundTerms(plan), { error: 'err.impossibleTerms' }));
