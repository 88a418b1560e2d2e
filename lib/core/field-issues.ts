import type { z } from 'zod/mini';
import { MAX_AMOUNT_FEN, MAX_ANNUAL_RATE, MAX_FEE_RATE, MAX_PENALTY_DAILY_RATE } from './limits';

// Issue messages are i18n keys (see lib/i18n): every boundary shows them in the user's language.

/** Numbers a message names: a view shows `…Fen` as money and `…Rate` as a percentage. */
export type IssueParams = Record<string, number>;

/**
 * A problem with one field: where (`principal`, `plans.3.rate`; '' for the whole value), what (an i18n
 * key) and the limit it broke, when the message names one.
 */
export interface FieldIssue {
  path: string;
  key: string;
  params?: IssueParams;
}

/** What is wrong, without where. */
export type Problem = Omit<FieldIssue, 'path'>;

/** The limit each message names, so whoever shows it says how far the value may go. */
const LIMIT_OF_KEY: Readonly<Record<string, IssueParams>> = {
  'err.moneyTooLarge': { maxFen: MAX_AMOUNT_FEN },
  'err.rateTooHigh': { maxRate: MAX_ANNUAL_RATE },
  'err.feeTooHigh': { maxRate: MAX_FEE_RATE },
  'err.penaltyTooHigh': { maxRate: MAX_PENALTY_DAILY_RATE },
};

/** The limit a message names, if it names one. */
export const limitOf = (key: string): IssueParams | undefined => LIMIT_OF_KEY[key];

/** An issue with the limit its message names. */
export function fieldIssue(path: string, key: string): FieldIssue {
  const params = limitOf(key);
  return params ? { path, key, params } : { path, key };
}

/** A zod error as field issues, each named once. */
export function issuesOf(error: z.core.$ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const { path, message } of error.issues) {
    // A check without a message of ours (a number where text belongs) gets ours, never zod's English.
    const issue = fieldIssue(path.join('.'), message.startsWith('err.') ? message : 'err.invalidValue');
    const id = `${issue.path}\u0000${issue.key}`;
    if (!seen.has(id)) issues.push(issue);
    seen.add(id);
  }
  return issues;
}
