import { DEFAULT_SETTINGS, type Plan, type Settings } from '../lib/core/schemas';
import type { Locale } from '../lib/i18n/translate';
import { readStoredView } from '../lib/storage/reader';
import type { Readable } from '../lib/storage/values';
import { localeFor, useStorageView } from './use-storage-view';

export { localeFor, useStorageView };

export interface RepayState {
  plans: Readable<Plan[]>;
  /** Settings that could not be read fall back to defaults for display only; they are never written back. */
  settings: Settings;
  settingsReadable: boolean;
  sentLogReadable: boolean;
  /** Written by a newer version of the extension: read-only until it is updated. */
  newerData: boolean;
  locale: Locale;
  /** Keys of stored values kept aside because they failed validation. */
  quarantined: string[];
}

export async function loadRepayState(): Promise<RepayState> {
  // Views only read: keeping unreadable values aside is the background's job (lib/background).
  const { plans, settings, sentLogReadable, newerData, quarantined } = await readStoredView();
  const effective = settings.ok ? settings.value : DEFAULT_SETTINGS;
  return {
    plans,
    settings: effective,
    settingsReadable: settings.ok,
    locale: localeFor(effective),
    sentLogReadable,
    newerData,
    quarantined,
  };
}

/** Plans, settings and language for the options page, live. */
export function useRepayState(): RepayState | null {
  return useStorageView(loadRepayState);
}
