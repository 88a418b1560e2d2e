import type { AgendaSnapshot } from '../core/agenda-snapshot';
import type { Settings } from '../core/schemas';
import { ext } from '../ext';
import { STORAGE_KEYS } from './keys';
import { isAgendaSnapshot, isSettings } from './quick-checks';

// The popup's fast path of the one reader: its agenda and the settings in one storage read, checked by
// hand (./quick-checks.ts), without zod or the polyfill. Both values are at version 1 with no
// migrations; a value stamped with another version is not trusted here (the popup then falls back to
// the full reader, ./reader.ts, which migrates and validates the plans themselves).

const versionOf = (meta: unknown) => (meta as { v?: unknown } | undefined)?.v ?? 1;

export interface PopupValues {
  /** Null when absent, unreadable or stamped with another version. */
  agenda: AgendaSnapshot | null;
  /** Null when absent or unreadable (the popup then shows the defaults, and never writes them). */
  settings: Settings | null;
}

export async function readPopupValues(): Promise<PopupValues> {
  const { agenda, settings } = STORAGE_KEYS;
  const raw = await ext.storage.local.get([agenda, `${agenda}$`, settings, `${settings}$`]);
  return {
    agenda: versionOf(raw[`${agenda}$`]) === 1 && isAgendaSnapshot(raw[agenda]) ? raw[agenda] : null,
    settings: versionOf(raw[`${settings}$`]) === 1 && isSettings(raw[settings]) ? raw[settings] : null,
  };
}
