import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Whether a value is stored under `key` (local area), kept current as the background writes. */
export function useStoredPresence(key: string): boolean {
  const [present, setPresent] = useState(false);
  useEffect(() => {
    let alive = true;
    const read = () =>
      void browser.storage.local.get(key).then((values) => alive && setPresent(values[key] !== undefined && values[key] !== null));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && key in changes && read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key]);
  return present;
}
