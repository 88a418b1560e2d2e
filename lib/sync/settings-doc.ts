import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import { type Settings, SettingsSchema } from '../core/schemas';
import { type ClockState, type Hlc, observe, stampOf, tick } from './hlc';
import { type LwwMap, LwwMapSchema, mergeLww } from './lww';

// The settings as the devices share them: one last-writer-wins register per setting. Whether this
// browser syncs at all is its own choice and never leaves it.

export const SettingsDocSchema = z.object({ v: z.literal(1), f: LwwMapSchema });
export type SettingsDoc = z.infer<typeof SettingsDocSchema>;

type SharedSetting = Exclude<keyof Settings, 'sync'>;
/** Every setting but the choice to sync; an optional one left unset travels as null. */
export const SYNCED_SETTINGS = Object.keys(SettingsSchema.shape).filter((key) => key !== 'sync') as SharedSetting[];
const sharedValue = (settings: Settings, field: SharedSetting): unknown => settings[field] ?? null;

/** Settings as this device first shares them: stamped at time zero, so any setting changed on purpose wins. */
export function docOfSettings(settings: Settings, device: string): SettingsDoc {
  const at = stampOf(0, 0, device);
  return { v: 1, f: mergeLww({}, Object.fromEntries(SYNCED_SETTINGS.map((field) => [field, [sharedValue(settings, field), at]]))) };
}

export const mergeSettingsDocs = (a: SettingsDoc, b: SettingsDoc): SettingsDoc => ({ v: 1, f: mergeLww(a.f, b.f) });

/** This device's settings with the shared ones applied (a shared value this version cannot use is skipped). */
export function settingsOfDoc(doc: SettingsDoc, local: Settings): Settings {
  const shared = Object.fromEntries(SYNCED_SETTINGS.flatMap((field) => (doc.f[field] ? [[field, doc.f[field][0]]] : [])));
  const candidate = withoutNulls({ ...local, ...shared });
  if (SettingsSchema.safeParse(candidate).success) return candidate as Settings;
  // One unusable value must not cost the others: apply those that are valid one by one.
  let out = local;
  for (const [field, value] of Object.entries(shared)) {
    const next = withoutNulls({ ...out, [field]: value });
    if (SettingsSchema.safeParse(next).success) out = next as Settings;
  }
  return out;
}

const withoutNulls = (settings: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== null));

/** Records the settings changed on this device since the shared state. */
export function recordLocalSettings(doc: SettingsDoc, settings: Settings, clock: ClockState, now: number) {
  let current = clock;
  for (const [, at] of Object.values(doc.f)) current = observe(current, at);
  const shared = settingsOfDoc(doc, settings);
  const changed: LwwMap = {};
  let stamp: Hlc | null = null;
  for (const field of SYNCED_SETTINGS) {
    if (doc.f[field] && canonical(sharedValue(shared, field)) === canonical(sharedValue(settings, field))) continue;
    if (!stamp) ({ clock: current, stamp } = tick(current, now));
    changed[field] = [sharedValue(settings, field), stamp];
  }
  return { doc: stamp ? { v: 1 as const, f: mergeLww(doc.f, changed) } : doc, clock: current };
}
