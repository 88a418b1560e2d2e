import {
  PaymentMethodSchema,
  PaymentSchema,
  PlanContactSchema,
  PlanSchema,
  SentReminderSchema,
  SettingsSchema,
  SnoozeSchema,
} from '../core/schemas';
import { metaKey, storedVersion } from './keys';
import { PLAN_INDEX_SPEC, SENT_LOG_SPEC, SETTINGS_SPEC, type ValueSpec } from './values';

// Data written by a newer version of the extension: a higher version stamp, or fields this version
// does not know. Rewriting it would strip what the newer version added, so it is left read-only
// until the extension is updated. Pure: the background and the views' reader both judge with it.

const keys = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
const PLAN_KEYS = keys(PlanSchema);
const LENDER_KEYS = keys(PlanSchema.shape.lender);
const PAYMENT_METHOD_KEYS = keys(PaymentMethodSchema);
const PAYMENT_KEYS = keys(PaymentSchema);
const SNOOZE_KEYS = keys(SnoozeSchema);
const CONTACT_KEYS = keys(PlanContactSchema);
const SETTINGS_KEYS = keys(SettingsSchema);
const SENT_REMINDER_KEYS = keys(SentReminderSchema);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const onlyKnown = (value: unknown, known: Set<string>) => !isRecord(value) || Object.keys(value).every((key) => known.has(key));
const eachOnlyKnown = (list: unknown, known: Set<string>) => !Array.isArray(list) || list.every((item) => onlyKnown(item, known));

/** Whether a stored plan has fields this version does not know (a newer version wrote them). */
export function planHasUnknownFields(raw: unknown): boolean {
  if (!isRecord(raw)) return false;
  return !(
    onlyKnown(raw, PLAN_KEYS) &&
    onlyKnown(raw.lender, LENDER_KEYS) &&
    onlyKnown(raw.paymentMethod, PAYMENT_METHOD_KEYS) &&
    eachOnlyKnown(raw.payments, PAYMENT_KEYS) &&
    eachOnlyKnown(raw.snoozes, SNOOZE_KEYS) &&
    onlyKnown(raw.contact, CONTACT_KEYS)
  );
}

/** Whether stored settings have fields this version does not know. */
export const settingsHaveUnknownFields = (raw: unknown): boolean => !onlyKnown(raw, SETTINGS_KEYS);

/** Whether the stored sent-log's entries have fields this version does not know. */
const sentLogHasUnknownFields = (raw: unknown): boolean => !eachOnlyKnown(raw, SENT_REMINDER_KEYS);

/** The values whose version stamps are judged, with the version each may have. */
export const VERSIONED: ReadonlyArray<ValueSpec<unknown>> = [PLAN_INDEX_SPEC, SETTINGS_SPEC, SENT_LOG_SPEC] as ValueSpec<unknown>[];

/** Whether any version stamp is newer than this version knows. */
const hasNewerVersion = (stored: Record<string, unknown>): boolean =>
  VERSIONED.some((spec) => storedVersion(stored[metaKey(spec.key)]) > spec.version);

/** What `storedValuesAreNewer` judges, besides the plans (judged as they are read): stamps and the values checked for unknown fields. */
export const NEWER_JUDGED_KEYS: readonly string[] = [...VERSIONED.map((spec) => metaKey(spec.key)), SETTINGS_SPEC.key, SENT_LOG_SPEC.key];

/** Whether the stored stamps, settings or sent-log (read under NEWER_JUDGED_KEYS) come from a newer version. */
export const storedValuesAreNewer = (stored: Record<string, unknown>): boolean =>
  hasNewerVersion(stored) || settingsHaveUnknownFields(stored[SETTINGS_SPEC.key]) || sentLogHasUnknownFields(stored[SENT_LOG_SPEC.key]);
