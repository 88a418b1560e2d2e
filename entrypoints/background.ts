import { defineBackground } from 'wxt/utils/define-background';
import { browserEnv, registerListeners } from '../lib/background/listeners';
import { createRepayService } from '../lib/background/service';
import { restrictStorageToExtension } from '../lib/background/store-page';
import { registerSyncListeners } from '../lib/background/sync-listeners';

export default defineBackground({
  // Firefox (MV2) runs it as an event page, like Chrome's service worker: nothing relies on staying alive.
  persistent: false,
  main() {
    restrictStorageToExtension();
    const service = createRepayService(browserEnv());
    registerListeners(service);
    // Opt-in sync (off by default): each pass first checks the setting.
    registerSyncListeners(service);
    // The worker also starts without any event (after being stopped): reconcile on every start.
    void service.reconcile();
  },
});
