import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/core/schemas';
import { ext } from '../lib/ext';
import { type Locale, resolveLocale } from '../lib/i18n/translate';
import { watchValues } from '../lib/storage/watch';

// Shared by popup and options, and free of zod and the polyfill: the popup's first load uses it.

export function localeFor(settings: Pick<Settings, 'language'>): Locale {
  return settings.language === 'auto' ? resolveLocale('auto', ext.i18n.getUILanguage()) : settings.language;
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
