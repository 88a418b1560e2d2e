import { fieldIssue, issuesOf, type Problem } from '../../lib/core/field-issues';
import { MAX_AMOUNT_FEN } from '../../lib/core/limits';
import { readYuan, toHalfWidth } from '../../lib/core/money';
import { PlanDraftSchema } from '../../lib/core/schemas';
import { termsIssues } from '../../lib/core/terms';
import type { FieldName, FormErrors, FormResult, PlanFormValues } from './plan-form';

// The plan editor's one way into a PlanDraft: the same zod schema every other boundary uses, so the
// messages shown here are the ones the background would give.

const number = (text: string): number => {
  const cleaned = toHalfWidth(text).trim().replace(/%$/, '').trim();
  return cleaned === '' ? Number.NaN : Number(cleaned);
};
/** Percent text to a fraction, rounded past float noise (0.6 → 0.006). */
const fraction = (text: string) => Number((number(text) / 100).toFixed(10));

// Where each schema path is typed in the form; the other paths are the form's own field names.
const FIELD_OF_PATH: Record<string, FieldName> = {
  'lender.kind': 'lenderKind',
  'lender.name': 'lenderName',
  'paymentMethod.kind': 'paymentKind',
  'paymentMethod.label': 'paymentLabel',
  penaltyDailyRate: 'penaltyRate',
  'contact.phone': 'contactPhone',
  'contact.url': 'contactUrl',
  'card.statementDate': 'statementDate',
  'card.minimum': 'minimum',
  'card.dailyRate': 'cardRate',
};
const fieldOf = (path: string): FieldName => FIELD_OF_PATH[path] ?? (path as FieldName);

const problemOf = ({ key, params }: Problem): Problem => (params ? { key, params } : { key });

/** The draft the values describe, or what is wrong (an i18n key and the limit it names) with each field that is. */
export function readForm(values: PlanFormValues): FormResult {
  const principal = readYuan(values.principal, MAX_AMOUNT_FEN);
  const statement = values.lenderKind === 'card' && values.isCard;
  const minimum = readYuan(values.minimum, MAX_AMOUNT_FEN);
  // A statement is one amount due on one date, without interest when paid in full.
  const cardTerms = statement
    ? {
        periods: 1,
        method: 'interest-free' as const,
        rate: 0,
        card: {
          statementDate: values.statementDate.trim(),
          minimum: minimum.ok ? minimum.fen : Number.NaN,
          dailyRate: fraction(values.cardRate),
          basis: values.cardBasis,
          repeat: values.cardRepeat,
          ...(values.follows ? { follows: values.follows } : {}),
        },
      }
    : {};
  const candidate = {
    lender: { kind: values.lenderKind, name: values.lenderName.trim() },
    title: values.title.trim(),
    principal: principal.ok ? principal.fen : Number.NaN,
    periods: number(values.periods),
    method: values.method,
    // The rate field is hidden for interest-free plans, so whatever it held earlier does not count.
    rate: values.method === 'interest-free' ? 0 : fraction(values.rate),
    firstDueDate: values.firstDueDate.trim(),
    remainderTo: values.remainderTo,
    autoRepay: values.autoRepay,
    paymentMethod: { kind: values.paymentKind, label: values.paymentLabel.trim() },
    repayUrl: values.repayUrl.trim(),
    // Always sent, even empty: an update keeps fields its draft leaves out, so a cleared contact must say so.
    contact: { phone: toHalfWidth(values.contactPhone).trim(), url: values.contactUrl.trim() },
    graceDays: number(values.graceDays),
    penaltyDailyRate: fraction(values.penaltyRate),
    waivesFutureFeesOnPayoff: values.waivesFutureFeesOnPayoff,
    ...(values.orderNo ? { orderNo: values.orderNo } : {}),
    ...cardTerms,
  };
  const errors: FormErrors = {};
  if (values.lenderKind === 'other' && candidate.lender.name === '') errors.lenderName = { key: 'err.titleRequired' };
  // Typed text that is no amount is named for what is wrong with it (a minus, a third decimal, too many digits).
  if (!principal.ok) errors.principal = problemOf(fieldIssue('principal', principal.key));
  if (statement && !minimum.ok) errors.minimum = problemOf(fieldIssue('card.minimum', minimum.key));
  const parsed = PlanDraftSchema.safeParse(candidate);
  // Terms no lender could offer are judged as soon as the terms themselves parse, whatever else is missing.
  const issues = [...(parsed.success ? [] : issuesOf(parsed.error)), ...termsIssues(candidate)];
  for (const issue of issues) errors[fieldOf(issue.path)] ??= problemOf(issue);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft: parsed.data };
}
