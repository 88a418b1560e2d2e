import { ext } from '../ext';
import { metaKey } from './keys';

/** The keys a view follows: a list (each with its version stamp), or a test of each changed key. */
export type Followed = readonly string[] | ((key: string) => boolean);

/**
 * Calls `onChange` whenever the background writes one of `keys` (or any local key when none are
 * given; a version stamp counts as its value's change). Returns the unsubscribe. The views' one way to
 * follow storage, free of zod and the polyfill so the popup's first load can use it.
 */
export function watchValues(onChange: () => void, keys?: Followed): () => void {
  const follows = typeof keys === 'function' ? keys : (changed: string) => keys?.some((key) => changed === key || changed === metaKey(key));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (!keys || Object.keys(changes).some(follows))) onChange();
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}
