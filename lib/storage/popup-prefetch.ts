import { LENDER_UTC_OFFSET_MS } from '../core/day-numbers';
import { metaKey, planKey, STORAGE_KEYS } from './keys';
import { type LocalArea, PLAN_INDEX_KEYS, type RawPlans, readRawPlans } from './raw-plans';

// The popup's storage reads, started by a classic script in popup.html's <head>
// (entrypoints/popup-prefetch.ts) while the popup's modules are still being fetched, compiled and run;
// its first load picks them up (components/popup/popup-data.ts). Raw values only: judging them is the
// popup's (./popup-reader.ts, ./reader.ts). Free of zod, the polyfill and everything else heavy: it
// ships in its own small file ahead of the page's modules.

/** The global the prefetch leaves its reads on; the popup takes them once. */
export const PREFETCH_GLOBAL = '__repayPopupPrefetch';

const { agenda, settings, plans } = STORAGE_KEYS;
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
  /**
   * The first read: the raw values of POPUP_VALUE_KEYS and PLAN_INDEX_KEYS, and the plans' items the
   * hint named (see `guessedPlanKeys`; the popup reads any other the index names when it computes).
   */
  values: Promise<Record<string, unknown>>;
  /** The hint says the popup will compute from the plans: it may load that code at once. */
  computing: boolean;
  /**
   * Whether a local storage change has been heard since the reads started: what they returned may be
   * stale. (The listener stays: a counter, for the page's life.)
   */
  changed: () => boolean;
}

/** The lender's date at `now`, as lenderToday has it for any 4-digit year (kept here: this script is small). */
const lenderDate = (now: number) => new Date(now + LENDER_UTC_OFFSET_MS).toISOString().slice(0, 10);

/** Where the popup page's localStorage keeps what the last open read: a hint of which keys to read, never data. */
export const READS_HINT = 'repay:popupReads';
/** The popup page's localStorage (absent in tests and wherever it cannot be used). */
export interface Hints {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The hint: the day of the agenda the last open saw, then the ids of the plans it saw, one per line (a
 * plan id has no line break). When that day is not today, the popup will compute from the plans (a new
 * day, or no agenda at all): their items are asked for in the first read. A wrong guess costs a read,
 * never a value: the index read alongside decides which plans there are.
 */
function guessedPlanKeys(hint: string | null | undefined, today: string): string[] {
  // No hint: no guess (read as if it said today).
  const [day, ...ids] = (hint ?? today).split('\n');
  return day === today ? [] : ids.filter(Boolean).map(planKey);
}

/**
 * Starts the popup's first read; nothing waits for it here. `hints`, when given, lets it bring the plans
 * along when the popup will compute from them (see `guessedPlanKeys`).
 */
export function startPopupPrefetch(api: StorageApi, now: number, hints?: Hints): PopupPrefetch {
  let changes = 0;
  const heard = (_changes: object, area: string) => {
    if (area === 'local') changes++;
  };
  // Before the reads: a change they miss is heard.
  api.storage.onChanged.addListener(heard);
  const today = lenderDate(now);
  const hint = hints?.getItem(READS_HINT);
  const guessed = guessedPlanKeys(hint, today);
  // The plans' index comes with the values (ids only: tens of KB at most): computing from the plans then takes
  // one more round trip at most, none when the hint named every plan.
  const values = api.storage.local.get([...POPUP_VALUE_KEYS, ...PLAN_INDEX_KEYS, ...guessed]);
  // Whoever takes the prefetch handles a failed read, and a hint that cannot be kept is no failure: neither
  // is reported here.
  values
    .then((raw) => {
      const ids = raw[plans];
      const seen = [(raw[agenda] as { today?: unknown } | undefined)?.today, ...(Array.isArray(ids) ? ids : [])].join('\n');
      if (seen !== hint) hints?.setItem(READS_HINT, seen);
    })
    .catch(() => {});
  return { values, computing: guessed.length > 0, changed: () => changes > 0 };
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
