import type { browser } from 'wxt/browser';

/**
 * The extension API without webextension-polyfill, for the popup's first load: Chromium MV3's `chrome`
 * and Firefox's `browser` both answer with promises for the calls the popup makes (storage, i18n,
 * runtime URLs, tabs). Everything else keeps using `browser` from wxt/browser.
 */
export const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as typeof browser;
