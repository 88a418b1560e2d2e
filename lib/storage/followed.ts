import { planIdOfKey, STORAGE_KEYS } from './keys';

/**
 * Whether a change to `key` in storage.local changes the plans (index or an item) or the settings: what
 * reminders, badge, agenda, sync and the store panel follow. Apart from ./keys.ts, which every page
 * loads first, as only the background and the store panel use it.
 */
export const isPlansOrSettingsKey = (key: string): boolean =>
  key === STORAGE_KEYS.plans || key === STORAGE_KEYS.settings || planIdOfKey(key) !== null;
