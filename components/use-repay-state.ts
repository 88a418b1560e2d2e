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

async function load(): Promise<RepayState> {
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

/** Views render from storage and re-render on every change the background writes. */
export function useRepayState(): RepayState | null {
  const [state, setState] = useState<RepayState | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () => void load().then((next) => alive && setState(next));
    refresh();
    const onChanged = (_changes: unknown, area: string) => area === 'local' && refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
