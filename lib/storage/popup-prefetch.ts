import { LENDER_UTC_OFFSET_MS } from '../core/day-numbers';
import { metaKey, STORAGE_KEYS } from './keys';
import { type LocalArea, PLAN_INDEX_KEYS, plansOfIndex, type RawPlans, readRawPlans } from './raw-plans';

// The popup's storage reads, started by a classic script in popup.html's <head>
// (entrypoints/popup-prefetch.ts) while the popup's modules are still being fetched, compiled and run;
// its first load picks them up (components/popup/popup-data.ts). Raw values only: judging them is the
// popup's (./popup-reader.ts, ./reader.ts). Free of zod, the polyfill and everything else heavy: it
// ships in its own small file ahead of the page's modules.

/** The global the prefetch leaves its reads on; the popup takes them once. */
export const PREFETCH_GLOBAL = '__repayPopupPrefetch';

const { agenda, settings } = STORAGE_KEYS;
/** What the popup reads on every open: its agenda and the settings, with their version stamps. */
export const POPUP_VALUE_KEYS: string[] = [agenda, metaKey(agenda), settings, metaKey(settings)];
// The raw read of the plans is ./raw-plans.ts (apart, so the popup's first load does not carry it).
export { PLAN_INDEX_KEYS, type RawPlans, readRawPlans };

export interface StorageApi {
  storage: {
    local: LocalArea;
    onChanged: {
      addListener(listener: (changes: object, area: string) => void): void;
    };
  };
}

export interface PopupPrefetch {
  /** The raw values of POPUP_VALUE_KEYS (and of PLAN_INDEX_KEYS, read in the same round trip). */
  values: Promise<Record<string, unknown>>;
  /**
   * The plans, asked for at once when the stored agenda is not today's (the popup will compute from them);
   * else null. It resolves with the index, its items' parts still on their way.
   */
  plans: Promise<RawPlans | null>;
  /**
   * Whether a local storage change has been heard since the reads started: what they returned may be
   * stale. (The listener stays: a counter, for the page's life.)
   */
  changed: () => boolean;
}

/**
 * Whether a stored agenda looks like today's (the lender's date, as lenderToday has it for any 4-digit
 * year): only a guess at whether the popup will compute from the plans, which decides for itself.
 */
const isTodays = (value: unknown, now: number) =>
  (value as { today?: unknown } | undefined)?.today === new Date(now + LENDER_UTC_OFFSET_MS).toISOString().slice(0, 10);

/**
 * Starts the popup's reads; nothing waits for them here. `computing`, called when the stored agenda is
 * not today's (the popup will compute from the plans), starts loading the code for it.
 */
export function startPopupPrefetch(api: StorageApi, now: number, computing?: () => void): PopupPrefetch {
  let changes = 0;
  const heard = (_changes: object, area: string) => {
    if (area === 'local') changes++;
  };
  // Before the reads: a change they miss is heard.
  api.storage.onChanged.addListener(heard);
  // The plans' index comes with the values (ids only: tens of KB at most): computing from the plans then takes one
  // more round trip, not two. The index is read on every open, used only on a new day's first ones.
  const values = api.storage.local.get([...POPUP_VALUE_KEYS, ...PLAN_INDEX_KEYS]);
  const plansRead = values.then((raw) => {
    if (isTodays(raw[agenda], now)) return null;
    computing?.();
    return plansOfIndex(api.storage.local, raw);
  });
  // Whoever takes the prefetch handles a failure; one never taken must not be reported as unhandled.
  values.catch(() => {});
  plansRead.catch(() => {});
  return { values, plans: plansRead, changed: () => changes > 0 };
}

type WithPrefetch = { [PREFETCH_GLOBAL]?: PopupPrefetch };

/** Leaves the reads on the page's global, for the popup's modules to take. */
export function leavePopupPrefetch(prefetch: PopupPrefetch): void {
  (globalThis as WithPrefetch)[PREFETCH_GLOBAL] = prefetch;
}

/** The prefetch, once: undefined when there was none (tests, a page without the script) or it was taken. */
export function takePopupPrefetch(): PopupPrefetch | undefined {
  const holder = globalThis as WithPrefetch;
  const prefetch = holder[PREFETCH_GLOBAL];
  delete holder[PREFETCH_GLOBAL];
  return prefetch;
}

/**
 * What a prefetched read returned, if it is still current: null when it failed or a change has been
 * heard since it started (the caller then reads again, as it would have without the prefetch).
 */
export async function ifCurrent<T>(read: Promise<T>, prefetch: PopupPrefetch): Promise<T | null> {
  try {
    const value = await read;
    return prefetch.changed() ? null : value;
  } catch {
    return null;
  }
}
