import { placeOf } from '../../lib/core/backup';
import type { FieldIssue } from '../../lib/core/field-issues';
import type { Texts } from './texts';

// A refused backup's issue in words: which plan (number and title), which payment, which field, what is wrong;
// never a path such as `plans.2.payments.0.amount`.

type Lookup = (key: string, params?: Record<string, string | number>) => string;

/** The label of a field path, or of the part it belongs to (`lender.kind` → 出借方), or nothing. */
function fieldLabel(t: Lookup, field: string): string | null {
  for (const candidate of [field, field.split('.')[0]]) {
    const key = `backup.field.${candidate}`;
    const label = t(key);
    if (label !== key) return label;
  }
  return null;
}

/** "第 3 个计划（小米 15 Pro）的编号：与第 1 个计划的编号重复". `file` is the file's parsed JSON, if it parsed. */
export function describeBackupIssue(texts: Texts, issue: FieldIssue, file: unknown): string {
  const t = texts.t as unknown as Lookup;
  const place = placeOf(issue.path, file);
  const where = [
    place.plan === undefined
      ? null
      : place.title
        ? t('backup.where.planTitled', { number: place.plan, title: place.title })
        : t('backup.where.plan', { number: place.plan }),
    place.payment === undefined ? null : t('backup.where.payment', { number: place.payment }),
    place.field === undefined ? null : fieldLabel(t, place.field),
  ].filter((part): part is string => part !== null);
  const reason = texts.problem(issue);
  return where.length > 0 ? t('backup.detail', { where: where.join(t('backup.where.join')), reason }) : reason;
}
