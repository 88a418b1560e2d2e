import type { StorageKey } from '../../lib/storage/keys';
import { hasValue } from '../../lib/storage/reader';
import { useStorageView } from '../use-repay-state';

/** Whether a value is stored under `key`, kept current as the background writes. */
export function useStoredPresence(key: StorageKey): boolean {
  return useStorageView(() => hasValue(key), undefined, [key]) ?? false;
}
