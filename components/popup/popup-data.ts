import type { AgendaRow } from '../../lib/core/agenda';
import type { AgendaSnapshot } from '../../lib/core/agenda-snapshot';
import { lenderToday } from '../../lib/core/day-numbers';
import { DEFAULT_SETTINGS } from '../../lib/core/kinds';
import type { Settings } from '../../lib/core/schemas';
import { loadPopupMessages, type PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';
import { ifCurrent, type PopupPrefetch } from '../../lib/storage/popup-prefetch';
import { judgePopupValues, readPopupValues } from '../../lib/storage/popup-reader';
import { localeFor, useStorageView } from '../use-storage-view';

export interface PopupData {
  /** Null when the stored plans cannot be read. */
  snapshot: AgendaSnapshot | null;
  /** What the popup uses of the settings (the defaults when none are stored or they cannot be read). */
  settings: Pick<Settings, 'reminderHour' | 'overdueNag' | 'language'>;
  locale: Locale;
  /** The popup's strings in `locale`: a view's data and its words arrive together, so no render waits on either. */
  t: PopupT;
}

/** The slow path's chunk: the schedule code and the hand-written plan checks (the full reader loads only if they refuse). */
const fromPlans = () => import('./from-plans');

/**
 * The popup reads the agenda the background keeps (a few KB, checked by hand: no zod, no polyfill in
 * its first load) instead of every plan. When there is no fresh one (first start, a new day before the
 * background's midnight run, plans that cannot be read) it computes the same thing from the plans, in
 * a chunk loaded only then. `prefetch`, the reads popup.html's head script started (the first load's
 * only), is used when no change has been heard since; otherwise the values are read here.
 */
export async function loadPopupData(now = Date.now(), prefetch?: PopupPrefetch): Promise<PopupData> {
  const raw = prefetch ? await ifCurrent(prefetch.values, prefetch) : null;
  const today = lenderToday(now);
  const { agenda, settings: stored } = raw ? judgePopupValues(raw, today) : await readPopupValues(today);
  const settings = stored ?? DEFAULT_SETTINGS;
  const locale = localeFor(settings);
  const messages = loadPopupMessages(locale);
  let snapshot: AgendaSnapshot | null = agenda;
  if (!snapshot) {
    // The chunk loads while the prefetched plans arrive: neither waits for the other.
    const chunk = fromPlans();
    const raw = prefetch ? await ifCurrent(prefetch.plans, prefetch) : null;
    snapshot = await (await chunk).snapshotFromPlans(today, raw && prefetch ? { raw, changed: prefetch.changed } : null);
  }
  return { snapshot, settings, locale, t: await messages };
}

/** Rows due after this month, computed from the plans when the user opens "later". */
export async function loadLaterRows(now = Date.now()): Promise<AgendaRow[]> {
  return (await fromPlans()).laterRowsFromPlans(lenderToday(now));
}

/** Popup data, refreshed on every storage change; `initial` is a read started before the first render. */
export function usePopupData(initial: Promise<PopupData> | undefined, now: number): PopupData | null {
  return useStorageView(() => loadPopupData(now), initial);
}
