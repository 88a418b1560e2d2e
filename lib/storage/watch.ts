import { ext } from '../ext';

/**
 * Calls `onChange` whenever the background writes one of `keys` (or any local key when none are
 * given; a version stamp counts as its value's change). Returns the unsubscribe. The views' one way to
 * follow storage, free of zod and the polyfill so the popup's first load can use it.
 */
export function watchValues(onChange: () => void, keys?: readonly string[]): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (!keys || Object.keys(changes).some((changed) => keys.some((key) => changed === key || changed === `${key}$`))) onChange();
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}
