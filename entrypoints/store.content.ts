import { defineContentScript } from 'wxt/utils/define-content-script';
import { lenderToday } from '../lib/core/dates';
import { randomId } from '../lib/send';
import { miAdapter, XIAOMI_MATCHES } from '../lib/store-site/mi';
import { reportPage } from '../lib/store-site/report-page';
import { startStoreSite } from '../lib/store-site/store-site';

export default defineContentScript({
  matches: XIAOMI_MATCHES,
  runAt: 'document_idle',
  // WXT's `ctx` is not used: any page can invalidate it by dispatching its "content script started"
  // event (a name built from our public id, with no secret in it). This script ends only when the
  // extension itself is gone, which the page cannot fake.
  main() {
    const life = new AbortController();
    const alive = () => {
      if (!globalThis.chrome?.runtime?.id) life.abort();
      return !life.signal.aborted;
    };
    startStoreSite(miAdapter, life.signal, {
      report: reportPage,
      token: randomId(),
      frameUrl: (fragment) => chrome.runtime.getURL(`/store-panel.html#${fragment}`),
      frameTitle: chrome.i18n.getMessage('extName'),
      frameOrigins: [new URL(chrome.runtime.getURL('/')).origin, `chrome-extension://${chrome.runtime.id}`],
      today: () => lenderToday(Date.now()),
      schedule: (run) => void requestAnimationFrame(() => alive() && run()),
    });
  },
});
