import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Every key list the fake browser's storage.local.get is called with, from now on. */
export function spyGets(): string[][] {
  const calls: string[][] = [];
  const local = fakeBrowser.storage.local as unknown as { get: (keys: string[]) => Promise<Record<string, unknown>> };
  const get = local.get.bind(local);
  vi.spyOn(local, 'get').mockImplementation((keys) => {
    calls.push([...keys]);
    return get(keys);
  });
  return calls;
}
