import { storage } from '@wxt-dev/storage';
import { hasNewerVersion, metaKeyOf, settingsHaveUnknownFields, VERSIONED } from '../storage/newer';
import { SETTINGS_SPEC } from '../storage/values';

// Read-only mode: while any stored value was written by a newer version of the extension, nothing the
// user owns is rewritten (a rewrite would strip what that version added). Reading goes on as usual.

/** Commands that change nothing the user owns; every other command is refused in read-only mode. */
export const LEAVES_DATA_ALONE: ReadonlySet<string> = new Set([
  'storeSnapshot',
  'storePageRead',
  'storePageOf',
  'syncPreview',
  'syncStatus',
  'proposeImport',
  'dismissImportProposal',
  'readThisPage',
]);

/** Whether a version stamp, or the settings, come from a newer version (plans are judged as they are read). */
export async function storedByNewerVersion(): Promise<boolean> {
  const keys = [...VERSIONED.map((spec) => `local:${metaKeyOf(spec.key)}` as const), `local:${SETTINGS_SPEC.key}` as const];
  const items = await storage.getItems(keys);
  const stored = Object.fromEntries(items.map((item) => [item.key.slice('local:'.length), item.value]));
  return hasNewerVersion(stored) || settingsHaveUnknownFields(stored[SETTINGS_SPEC.key]);
}
