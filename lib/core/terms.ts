import { z } from 'zod/mini';
import { addMonthsClamped, isValidIsoDate } from './dates';
import { type FieldIssue, fieldIssue, issuesOf } from './field-issues';
import { MAX_FEE_RATE } from './limits';
import { type Plan, PlanSchema, type Terms, TermsSchema } from './schemas';

// The rules that tie a plan's terms together (and a card statement to its terms): what no single field's
// schema can see, judged once here for the editor, commands, backups, storage and schedules alike.

/** What a card statement adds to its terms, for the rules that tie the two together. */
interface StatementPart {
  statementDate: string;
  minimum: number;
}
type CrossFieldTerms = Pick<Terms, 'principal' | 'periods' | 'method' | 'rate' | 'firstDueDate'> & { card?: StatementPart | undefined };
/** Terms each valid alone but impossible together, each shown at the field the user would correct. */
const CROSS_FIELD_RULES: ReadonlyArray<FieldIssue & { breaks: (terms: CrossFieldTerms) => boolean }> = [
  { path: 'principal', key: 'err.principalBelowPeriods', breaks: (terms) => terms.principal < terms.periods },
  { path: 'rate', key: 'err.interestFreeRate', breaks: (terms) => terms.method === 'interest-free' && terms.rate !== 0 },
  { path: 'rate', key: 'err.feeTooHigh', breaks: (terms) => terms.method === 'fee' && terms.rate > MAX_FEE_RATE },
  // A card statement is one amount due on one date, without interest when paid in full.
  { path: 'periods', key: 'err.cardOnePeriod', breaks: ({ card, periods }) => card !== undefined && periods !== 1 },
  { path: 'method', key: 'err.cardMethod', breaks: ({ card, method }) => card !== undefined && method !== 'interest-free' },
  { path: 'card.minimum', key: 'err.cardMinimum', breaks: ({ card, principal }) => card !== undefined && card.minimum > principal },
  {
    path: 'firstDueDate',
    key: 'err.cardDueDate',
    breaks: ({ card, firstDueDate }) =>
      card !== undefined &&
      isValidIsoDate(card.statementDate) &&
      (firstDueDate <= card.statementDate || firstDueDate >= addMonthsClamped(card.statementDate, 1)),
  },
];
const crossFieldIssues = (terms: CrossFieldTerms): FieldIssue[] =>
  CROSS_FIELD_RULES.filter((rule) => rule.breaks(terms)).map(({ path, key }) => fieldIssue(path, key));

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

/** Whether a plan's fields, each valid alone, make terms a schedule can be built from (SoundPlanSchema's own check). */
export function hasSoundTerms(plan: Plan): boolean {
  return crossFieldIssues(plan).length === 0;
}
