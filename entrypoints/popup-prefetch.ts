import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ext } from '../lib/ext';
import { leavePopupPrefetch, type StorageApi, startPopupPrefetch } from '../lib/storage/popup-prefetch';

// A classic script in popup.html's <head> (a file of its own: the extension's CSP allows no inline
// script): it starts the popup's storage reads before the browser has even fetched the popup's modules,
// so storage answers while they load (lib/storage/popup-prefetch.ts).
export default defineUnlistedScript(() => {
  try {
    leavePopupPrefetch(startPopupPrefetch(ext as unknown as StorageApi, Date.now(), globalThis.localStorage));
  } catch {
    // No storage API here: the popup reads for itself.
  }
});
