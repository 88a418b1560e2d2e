import type { AgendaSnapshot } from '../core/agenda-snapshot';
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
  /** Null when absent, unreadable or stamped with another version. */
  agenda: AgendaSnapshot | null;
  /** Null when absent or unreadable (the popup then shows the defaults, and never writes them). */
  settings: Settings | null;
}

/** Reads POPUP_VALUE_KEYS (./popup-prefetch.ts may have read them already: see `judgePopupValues`). */
export async function readPopupValues(): Promise<PopupValues> {
  return judgePopupValues(await ext.storage.local.get(POPUP_VALUE_KEYS));
}

/** The popup's values in a raw read of POPUP_VALUE_KEYS. */
export function judgePopupValues(raw: Record<string, unknown>): PopupValues {
  const { agenda, settings } = STORAGE_KEYS;
  return {
    agenda:
      storedVersion(raw[metaKey(agenda)]) === VALUE_VERSIONS.agenda && isAgendaSnapshot(raw[agenda])
        ? (raw[agenda] as AgendaSnapshot)
        : null,
    settings:
      storedVersion(raw[metaKey(settings)]) === VALUE_VERSIONS.settings && isSettings(raw[settings]) ? (raw[settings] as Settings) : null,
  };
}
