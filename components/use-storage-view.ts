import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/core/schemas';
import { ext } from '../lib/ext';
import { type Locale, resolveLocale } from '../lib/i18n/translate';
import { watchValues } from '../lib/storage/watch';

// Shared by popup and options, and free of zod and the polyfill: the popup's first load uses it.

export function localeFor(settings: Pick<Settings, 'language'>): Locale {
  return settings.language === 'auto' ? resolveLocale('auto', ext.i18n.getUILanguage()) : settings.language;
}

/** What each page's first load resolved to, once it has. */
const settled = new WeakMap<Promise<unknown>, unknown>();

/**
 * Renders the page once its first load (`initial`, started as the script runs) has settled, so the first
 * render draws the data instead of a placeholder an effect would replace a frame later; a slow load
 * shows the placeholder after `patience` ms meanwhile.
 */
export function renderWhenLoaded<T>(initial: Promise<T>, show: () => void, patience = 100): void {
  const placeholder = setTimeout(show, patience);
  const settle = () => {
    clearTimeout(placeholder);
    show();
  };
  initial.then((value) => {
    settled.set(initial, value);
    settle();
  }, settle);
}

/** Changes seen since this page loaded: a read started at load time is stale once any has arrived. */
let changesSinceLoad = 0;
watchValues(() => {
  changesSinceLoad++;
});

/**
 * A view of storage that is loaded once and again on every change the background writes (to `keys`,
 * or to anything when none are named). `initial`, a load started as the page's script loaded (the
 * popup's), saves a round trip; a change that arrived before this view subscribed is not missed: the
 * view loads again. Of overlapping loads, only the latest started is shown.
 */
export function useStorageView<T>(load: () => Promise<T>, initial?: Promise<T>, keys?: readonly string[]): T | null {
  // What `initial` resolved to, when the page waited for it (./first-load): the first render shows it.
  const [view, setView] = useState<T | null>(() => (initial ? ((settled.get(initial) as T | undefined) ?? null) : null));
  useEffect(() => {
    let alive = true;
    let latest = 0;
    const apply = (pending: Promise<T>) => {
      const ticket = ++latest;
      void pending.then((next) => alive && ticket === latest && setView(() => next));
    };
    apply(initial ?? load());
    if (initial && changesSinceLoad > 0) apply(load());
    const stop = watchValues(() => apply(load()), keys);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return view;
}
