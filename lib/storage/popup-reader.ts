import type { AgendaSnapshot } from '../core/agenda-snapshot';
import type { IsoDate } from '../core/day-numbers';
import type { Settings } from '../core/schemas';
import { ext } from '../ext';
import { metaKey, STORAGE_KEYS, storedVersion, VALUE_VERSIONS } from './keys';
import { POPUP_VALUE_KEYS } from './popup-prefetch';
import { isAgendaSnapshot, isSettings } from './quick-checks';

// The popup's fast path of the one reader: its agenda and the settings in one storage read, checked by
// hand (./quick-checks.ts), without zod or the polyfill, at the versions ./keys.ts gives them. A value
// stamped with another version is not trusted here: the agenda then comes from the plans, through the
// full reader (./reader.ts, which migrates and validates them); settings, from the defaults.

export interface PopupValues {
  /** Null when absent, another day's, unreadable or stamped with another version. */
  agenda: AgendaSnapshot | null;
  /** Null when absent or unreadable (the popup then shows the defaults, and never writes them). */
  settings: Settings | null;
}

/** Reads POPUP_VALUE_KEYS (./popup-prefetch.ts may have read them already: see `judgePopupValues`). */
export async function readPopupValues(today: IsoDate): Promise<PopupValues> {
  return judgePopupValues(await ext.storage.local.get(POPUP_VALUE_KEYS), today);
}

/**
 * The popup's values in a raw read of POPUP_VALUE_KEYS; the agenda only when it is `today`'s (the lender's
 * date): another day's is not shown, so it is not checked either (on a new day, a hundred rows less to check
 * before the popup computes its own).
 */
export function judgePopupValues(raw: Record<string, unknown>, today: IsoDate): PopupValues {
  const { agenda, settings } = STORAGE_KEYS;
  return {
    agenda:
      storedVersion(raw[metaKey(agenda)]) === VALUE_VERSIONS.agenda &&
      (raw[agenda] as { today?: unknown } | undefined)?.today === today &&
      isAgendaSnapshot(raw[agenda])
        ? (raw[agenda] as AgendaSnapshot)
        : null,
    settings:
      storedVersion(raw[metaKey(settings)]) === VALUE_VERSIONS.settings && isSettings(raw[settings]) ? (raw[settings] as Settings) : null,
  };
}
