import { type Installment, scheduleOf } from './installments';
import type { Terms } from './schemas';
import { termsIssues } from './terms';

// The schedule of terms judged sound; the arithmetic is ./installments.ts (zod-free, for the popup).
export { type Installment, scheduleOf, scheduleTotals, splitEvenly } from './installments';

/** Terms that no lender could offer; `issues` are i18n keys, as everywhere. */
export class TermsError extends Error {
  constructor(readonly issues: string[]) {
    super(`Impossible terms: ${issues.join(', ')}`);
    this.name = 'TermsError';
  }
}

/** Terms as given, or throws `TermsError` naming every problem `termsIssues` finds. */
export function checkTerms(terms: Terms): Terms {
  const issues = termsIssues(terms);
  if (issues.length > 0) throw new TermsError([...new Set(issues.map((issue) => issue.key))]);
  return terms;
}

/** The exact schedule of a plan; see the README's table for every rounding rule. */
export function buildSchedule(input: Terms): Installment[] {
  return scheduleOf(checkTerms(input));
}
