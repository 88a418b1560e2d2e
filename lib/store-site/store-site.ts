import type { IsoDate } from '../core/dates';
import type { StoreAdapter } from './adapter';
import { createHighlighter } from './highlighter';
import type { StorePageReport } from './page-record';
import { createPageScan } from './page-scan';
import { frameFragment } from './panel-address';
import { createPanelFrame } from './panel-frame';
import { hasReading, type PageReading } from './read-page';
import { watchDom } from './watch-dom';

export interface StoreSiteDeps {
  /** Tells the background what the page says; false when it could not be told. */
  report: (report: StorePageReport) => Promise<boolean>;
  /** This page's random id: the background files its reading under it, and the frame reads it back. */
  token: string;
  /** The panel frame's address with `fragment`, and its accessible name. */
  frameUrl: (fragment: string) => string;
  frameTitle: string;
  /** Origins a message from the frame may come from. */
  frameOrigins: readonly string[];
  today: () => IsoDate;
  /** Runs `run` on the next animation frame (and not at all once the extension context is gone). */
  schedule: (run: () => void) => void;
}

/**
 * Starts the store-site feature on `doc`: the page is read as it changes (page-scan), each new reading
 * goes to the background, and the panel frame shows it next to the stored plans. Nothing from storage
 * ever comes into this page: the frame reads it on its own origin. Undone when `signal` aborts.
 */
export function startStoreSite(adapter: StoreAdapter, signal: AbortSignal, deps: StoreSiteDeps, doc: Document = document) {
  const highlighter = createHighlighter(doc);
  const frame = createPanelFrame(doc, deps.frameUrl(frameFragment(deps.token, 0)), deps.frameTitle, signal, deps.frameOrigins);
  let version = 0;
  const isOwn = (node: Node) => highlighter.isOwn(node) || frame.isOwn(node);
  let reportedKey = 'none';
  let address = doc.location?.href ?? '';
  const page = createPageScan(adapter, doc, { highlighter, isOwn, today: deps.today, onRead: report });

  /** Sends a reading that differs from the last one sent; the frame shows once the background has it. */
  function report(reading: PageReading): void {
    const worth = hasReading(reading) ? reading : null;
    const sourceUrl = `${doc.location.origin}${doc.location.pathname}`;
    const key = worth ? JSON.stringify([sourceUrl, worth]) : 'none';
    if (key === reportedKey) return;
    reportedKey = key;
    if (!worth) frame.remove();
    void deps.report({ token: deps.token, sourceUrl, reading: worth }).then((told) => {
      if (!told || !worth || signal.aborted || reportedKey !== key) return;
      // A new fragment tells a frame already shown to ask again (same document: no reload).
      frame.show(deps.frameUrl(frameFragment(deps.token, ++version)));
      watcher.dropOwnRecords();
    });
  }

  const watcher = watchDom(doc.documentElement, {
    signal,
    isOwn,
    schedule: deps.schedule,
    ignore: page.isTicking,
    onChange: (change) => {
      if (doc.location.href === address) page.scan(change);
      else {
        // An SPA route change: what was read belongs to the old page.
        address = doc.location.href;
        page.scan('full');
      }
    },
  });

  signal.addEventListener(
    'abort',
    () => {
      highlighter.clear();
      frame.remove();
      if (reportedKey !== 'none') void deps.report({ token: deps.token, sourceUrl: doc.location.href, reading: null }).catch(() => false);
    },
    { once: true },
  );
  page.scan('full');
  watcher.dropOwnRecords();
  return {
    stats: page.stats,
    get reading() {
      return page.reading;
    },
  };
}
