import { z } from 'zod/mini';
import { type FieldIssue, issuesOf } from './field-issues';
import { MAX_BACKUP_BYTES, MAX_PLANS } from './limits';
import { type Plan, PlanSchema, type Settings, SettingsSchema } from './schemas';
import { termsIssues } from './terms';

// The backup file: everything the user owns, versioned so an older release can refuse a newer file
// instead of misreading it. Import replaces all plans and settings at once, never merges.

export const BACKUP_FORMAT = 'repay-helper-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** ISO 8601 instant, for the user's eyes only. */
  exportedAt: z.string({ error: 'err.exportedAt' }).check(z.refine((text) => !Number.isNaN(Date.parse(text)), { error: 'err.exportedAt' })),
  plans: z.array(PlanSchema),
  settings: SettingsSchema,
});
export type Backup = z.infer<typeof BackupSchema>;

export type BackupError =
  | 'err.backupForeign'
  | 'err.backupDamaged'
  | 'err.backupVersion'
  | 'err.backupInvalid'
  | 'err.backupTooLarge'
  | 'err.backupTooManyPlans';
export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError; details?: FieldIssue[] };

export function buildBackup(plans: readonly Plan[], settings: Settings, now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), plans: [...plans], settings };
}

/** The file's text: stable key order and indentation so two exports of the same data are identical. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Validates a backup (the parsed object or the file's text). Any flaw rejects the whole file. The caps
 * are checked before anything is parsed in depth, so an oversized file is refused at once.
 */
export function parseBackup(raw: unknown): ParsedBackup {
  let value = raw;
  if (typeof raw === 'string') {
    // UTF-8 takes at least one byte a character: more characters than the cap is more bytes too.
    if (raw.length > MAX_BACKUP_BYTES) return { ok: false, error: 'err.backupTooLarge' };
    try {
      value = JSON.parse(raw);
    } catch {
      // Text that starts as JSON or names our format was a backup once: cut short or edited, it is damaged.
      const looksOurs = /^\uFEFF?\s*\{/.test(raw) || raw.includes(BACKUP_FORMAT);
      return { ok: false, error: looksOurs ? 'err.backupDamaged' : 'err.backupForeign' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'err.backupForeign' };
  const record = value as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) return { ok: false, error: 'err.backupForeign' };
  if (typeof record.version === 'number' && Number.isInteger(record.version) && record.version > BACKUP_VERSION) {
    return { ok: false, error: 'err.backupVersion' };
  }
  if (Array.isArray(record.plans) && record.plans.length > MAX_PLANS) return { ok: false, error: 'err.backupTooManyPlans' };
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: 'err.backupInvalid', details: issuesOf(parsed.error) };
  const ids = parsed.data.plans.map((plan) => plan.id);
  const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (duplicate >= 0) {
    const first = ids.indexOf(ids[duplicate] as string) + 1;
    return {
      ok: false,
      error: 'err.backupInvalid',
      details: [{ path: `plans.${duplicate}.id`, key: 'err.duplicateIdOf', params: { first } }],
    };
  }
  // Terms zod cannot judge alone (a 9 % fee per period) would break every schedule built from them.
  const impossible = parsed.data.plans.flatMap((plan, index) =>
    termsIssues(plan).map((issue) => ({ ...issue, path: `plans.${index}.${issue.path}` })),
  );
  if (impossible.length > 0) return { ok: false, error: 'err.backupInvalid', details: impossible };
  return { ok: true, backup: parsed.data };
}

/** Where an issue is, in the words a reader knows: the plan (its number and title), its payment, the field. */
export interface IssuePlace {
  /** 1-based, as a person counts. */
  plan?: number;
  title?: string;
  payment?: number;
  /** The field's path inside the plan, payment or file, without indexes: `rate`, `lender.name`, `settings.leadDays`. */
  field?: string;
}

const isIndex = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);

/** The place of an issue's path (`plans.2.payments.0.amount`) in the file it was found in. */
export function placeOf(path: string, file: unknown): IssuePlace {
  let parts = path === '' ? [] : path.split('.');
  const place: IssuePlace = {};
  if (parts[0] === 'plans' && isIndex(parts[1])) {
    const index = Number(parts[1]);
    place.plan = index + 1;
    const plans = (file as { plans?: unknown } | null)?.plans;
    const title = Array.isArray(plans) ? (plans[index] as { title?: unknown } | null)?.title : undefined;
    if (typeof title === 'string' && title.trim() !== '') place.title = title.trim().slice(0, 40);
    parts = parts.slice(2);
    if (parts[0] === 'payments' && isIndex(parts[1])) {
      place.payment = Number(parts[1]) + 1;
      parts = parts.slice(2);
    }
  }
  const field = parts.filter((part) => !isIndex(part)).join('.');
  if (field !== '') place.field = field;
  return place;
}

export interface BackupDiff {
  added: Plan[];
  changed: Array<{ before: Plan; after: Plan }>;
  removed: Plan[];
  unchanged: number;
  settingsChanged: boolean;
}

/** What importing `incoming` would do to the current data, plan by plan (matched by id). */
export function diffBackup(current: { plans: readonly Plan[]; settings: Settings }, incoming: Backup): BackupDiff {
  const before = new Map(current.plans.map((plan) => [plan.id, plan]));
  const diff: BackupDiff = { added: [], changed: [], removed: [], unchanged: 0, settingsChanged: false };
  for (const plan of incoming.plans) {
    const old = before.get(plan.id);
    before.delete(plan.id);
    if (!old) diff.added.push(plan);
    else if (canonical(old) !== canonical(plan)) diff.changed.push({ before: old, after: plan });
    else diff.unchanged++;
  }
  diff.removed = [...before.values()];
  diff.settingsChanged = canonical(current.settings) !== canonical(incoming.settings);
  return diff;
}

/** JSON with object keys sorted, so equal data compares equal whatever order its keys were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
