import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../lib/core/schemas';
import { type Locale, resolveLocale } from '../lib/i18n/translate';
import { type Readable, readStoredView } from '../lib/stored-values';

export interface RepayState {
  plans: Readable<Plan[]>;
  /** Settings that could not be read fall back to defaults for display only; they are never written back. */
  settings: Settings;
  settingsReadable: boolean;
  locale: Locale;
  /** Keys of stored values kept aside because they failed validation. */
  quarantined: string[];
}

export function localeFor(settings: Settings): Locale {
  return settings.language === 'auto' ? resolveLocale('auto', browser.i18n.getUILanguage()) : settings.language;
}

export async function loadRepayState(): Promise<RepayState> {
  // Views only read: keeping unreadable values aside is the background's job (lib/background).
  const { plans, settings, quarantined } = await readStoredView();
  const effective = settings.ok ? settings.value : DEFAULT_SETTINGS;
  return {
    plans,
    settings: effective,
    settingsReadable: settings.ok,
    locale: localeFor(effective),
    quarantined,
  };
}

/**
 * Views render from storage and re-render on every change the background writes. `initial`, a read
 * started before the first render (the popup starts it as its script loads), saves a round trip.
 */
export function useRepayState(initial?: Promise<RepayState>): RepayState | null {
  const [state, setState] = useState<RepayState | null>(null);
  useEffect(() => {
    let alive = true;
    const apply = (pending: Promise<RepayState>) => void pending.then((next) => alive && setState(next));
    const refresh = () => apply(loadRepayState());
    apply(initial ?? loadRepayState());
    const onChanged = (_changes: unknown, area: string) => area === 'local' && refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
