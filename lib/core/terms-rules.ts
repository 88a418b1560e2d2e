import { addMonthsClamped, isValidIsoDate } from './dates';
import { type FieldIssue, fieldIssue } from './field-issues';
import { MAX_FEE_RATE } from './limits';
import type { Plan, Terms } from './schemas';

// The rules that tie a plan's terms together (and a card statement to its terms): what no single field's
// schema can see. Zod-free, apart from ./terms.ts (`termsIssues`, `SoundPlanSchema`, which re-exports
// `hasSoundTerms`), so that the popup's plan checks apply these very rules without bundling zod.

/** What a card statement adds to its terms, for the rules that tie the two together. */
export interface StatementPart {
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

/** The problems of terms whose every field is valid alone: what ./terms.ts `termsIssues` adds to the schema's. */
export const crossFieldIssues = (terms: CrossFieldTerms): FieldIssue[] =>
  CROSS_FIELD_RULES.filter((rule) => rule.breaks(terms)).map(({ path, key }) => fieldIssue(path, key));

/** Whether a plan's fields, each valid alone, make terms a schedule can be built from (SoundPlanSchema's own check). */
export function hasSoundTerms(plan: Plan): boolean {
  // No list of issues to find none: the popup asks this of every stored plan before its rows.
  return !CROSS_FIELD_RULES.some((rule) => rule.breaks(plan));
}
