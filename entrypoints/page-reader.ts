import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { lenderToday } from '../lib/core/dates';
import { readAnyPage } from '../lib/store-site/read-any-page';

// Injected into the current tab by the background (chrome.scripting, activeTab) when the user clicks
// "Read this page" in the popup, and only then. Its value is what executeScript returns: the global
// name makes WXT end the file with it (the anonymous form is lost once terser rewrites the IIFE), and
// it lives in the extension's isolated world, never the page's.
export default defineUnlistedScript({
  globalName: 'repayHelperPageReading',
  main: () => readAnyPage(document, lenderToday(Date.now())),
});
