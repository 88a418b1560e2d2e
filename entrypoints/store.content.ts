import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveLocale } from '../lib/i18n/translate';
import { lenderDate } from '../lib/store-site/calendar';
import { storeCommands } from '../lib/store-site/messages';
import { miAdapter, XIAOMI_MATCHES } from '../lib/store-site/mi';
import { startStoreSite } from '../lib/store-site/store-site';

export default defineContentScript({
  matches: XIAOMI_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startStoreSite(miAdapter, ctx.signal, {
      snapshot: async () => {
        try {
          const result = await storeCommands.snapshot();
          return result.ok ? result.value : null;
        } catch {
          return null;
        }
      },
      propose: async (proposal) => {
        try {
          return (await storeCommands.propose(proposal)).ok;
        } catch {
          return false;
        }
      },
      today: () => lenderDate(Date.now()),
      locale: resolveLocale('auto', browser.i18n.getUILanguage()),
      // ctx's frame wrapper checks that the extension is still there, and invalidates ctx when it is not.
      schedule: (run) => void ctx.requestAnimationFrame(run),
    });
  },
});
