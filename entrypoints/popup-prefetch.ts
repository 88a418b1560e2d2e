import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ext } from '../lib/ext';
import { leavePopupPrefetch, type StorageApi, startPopupPrefetch } from '../lib/storage/popup-prefetch';

// A classic script in popup.html's <head> (a file of its own: the extension's CSP allows no inline
// script): it starts the popup's storage reads before the browser has even fetched the popup's modules,
// so storage answers while they load (lib/storage/popup-prefetch.ts).
export default defineUnlistedScript(() => {
  try {
    // On a new day the popup computes from the plans: its code for that loads beside the plans' read, all its
    // files at once (wxt.config.ts writes their addresses in popup.html), and the popup's own import finds it loaded.
    const fallback = document.querySelector<HTMLMetaElement>('meta[name="repay-fallback"]')?.content;
    const computing = () => {
      for (const file of fallback?.split(' ') ?? []) import(/* @vite-ignore */ file).catch(() => {});
    };
    leavePopupPrefetch(startPopupPrefetch(ext as unknown as StorageApi, Date.now(), computing));
  } catch {
    // No storage API here: the popup reads for itself.
  }
});
