import { storage } from '@wxt-dev/storage';
import { NEWER_JUDGED_KEYS, storedValuesAreNewer } from '../storage/newer';

// Read-only mode: while any stored value was written by a newer version of the extension, nothing the
// user owns is rewritten (a rewrite would strip what that version added). Reading goes on as usual: the
// command table's queries (lib/protocol.ts) are answered, every command that changes data is refused.

/** Whether a version stamp, the settings or the sent-log come from a newer version (plans are judged as they are read). */
export async function storedByNewerVersion(): Promise<boolean> {
  const items = await storage.getItems(NEWER_JUDGED_KEYS.map((key) => `local:${key}` as const));
  return storedValuesAreNewer(Object.fromEntries(items.map((item) => [item.key.slice('local:'.length), item.value])));
}
