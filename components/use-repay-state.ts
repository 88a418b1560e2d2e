import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../lib/core/schemas';
import { type Locale, resolveLocale } from '../lib/i18n/translate';
import { readStoredView, watchValues } from '../lib/storage/reader';
import type { Readable } from '../lib/storage/values';

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

export function localeFor(settings: Settings): Locale {
  return settings.language === 'auto' ? resolveLocale('auto', browser.i18n.getUILanguage()) : settings.language;
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

/**
 * A view of storage that is loaded once and again on every change the background writes (to `keys`,
 * or to anything when none are named). `initial`, a load started before the first render (the popup
 * starts it as its script loads), saves a round trip.
 */
export function useStorageView<T>(load: () => Promise<T>, initial?: Promise<T>, keys?: readonly string[]): T | null {
  const [view, setView] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    const apply = (pending: Promise<T>) => void pending.then((next) => alive && setView(() => next));
    apply(initial ?? load());
    const stop = watchValues(() => apply(load()), keys);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return view;
}

/** Plans, settings and language for the options page, live. */
export function useRepayState(): RepayState | null {
  return useStorageView(loadRepayState);
}
