import { defineContentScript } from 'wxt/utils/define-content-script';
import { lenderToday } from '../lib/core/dates';
import { send } from '../lib/send';
import { storeLocale } from '../lib/store-site/locale';
import { miAdapter, XIAOMI_MATCHES } from '../lib/store-site/mi';
import { startStoreSite } from '../lib/store-site/store-site';

export default defineContentScript({
  matches: XIAOMI_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void storeLocale().then((locale) => {
      if (ctx.isInvalid) return;
      startStoreSite(miAdapter, ctx.signal, {
        snapshot: async () => {
          const result = await send('storeSnapshot');
          return result.ok ? result.value : null;
        },
        propose: async (proposal) => (await send('proposeImport', proposal)).ok,
        today: () => lenderToday(Date.now()),
        locale,
        // ctx's frame wrapper checks that the extension is still there, and invalidates ctx when it is not.
        schedule: (run) => void ctx.requestAnimationFrame(run),
      });
    });
  },
});
