import type { IsoDate } from '../core/dates';
import type { ImportProposal } from '../core/import-proposal';
import { storeMessages } from '../i18n/store';
import type { Locale } from '../i18n/translate';
import type { StoreSnapshotEntry } from '../protocol';
import type { StoreAdapter } from './adapter';
import { createHighlighter } from './highlighter';
import { createPagePlans } from './page-plans';
import { createPageScan } from './page-scan';
import { createPanel } from './panel';
import { panelView } from './panel-model';
import { hasReading } from './read-page';
import { watchDom } from './watch-dom';

export interface StoreSiteDeps {
  /** The lender's open installments; null when the background could not answer. */
  snapshot: () => Promise<StoreSnapshotEntry[] | null>;
  propose: (proposal: ImportProposal) => Promise<boolean>;
  today: () => IsoDate;
  locale: Locale;
  /** Runs `run` on the next animation frame (and not at all once the extension context is gone). */
  schedule: (run: () => void) => void;
}

/**
 * Starts the store-site feature on `doc`: the page is read as it changes (page-scan), compared with the
 * stored plans for its address (page-plans) and shown in the panel. Everything it did is undone when
 * `signal` aborts.
 */
export function startStoreSite(adapter: StoreAdapter, signal: AbortSignal, deps: StoreSiteDeps, doc: Document = document) {
  const t = storeMessages(deps.locale);
  const lenderName = t(adapter.nameKey);
  const highlighter = createHighlighter(doc);
  const panel = createPanel({ locale: deps.locale, t, propose: deps.propose });
  const isOwn = (node: Node) => highlighter.isOwn(node) || panel.isOwn(node);
  const plans = createPagePlans(deps.snapshot, signal, doc.location?.href ?? '');
  const page = createPageScan(adapter, doc, { highlighter, isOwn, today: deps.today, onRead: show });

  /** Shows what the page says next to the stored plans, once they are known; nothing when the page says nothing. */
  function show(): void {
    const { reading } = page;
    if (!reading || !hasReading(reading)) {
      panel.remove();
      return;
    }
    const known = plans.known(() => {
      show();
      watcher.dropOwnRecords();
    });
    if (!known) return;
    const importTitle = reading.periods ? t('importTitle', { lender: lenderName, periods: reading.periods }) : lenderName;
    const sourceUrl = `${doc.location.origin}${doc.location.pathname}`;
    panel.render(panelView(reading, known.entries, { lenderKind: adapter.lenderKind, lenderName, importTitle, sourceUrl }));
  }

  const watcher = watchDom(doc.documentElement, {
    signal,
    isOwn,
    schedule: deps.schedule,
    onChange: (change) => {
      if (doc.location.href === plans.address) page.scan(change);
      else {
        // An SPA route change: what was read belongs to the old page.
        plans.moveTo(doc.location.href);
        page.scan('full');
      }
    },
  });

  // Back on the tab (say, after confirming an import): the stored plans may have changed.
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState !== 'visible' || plans.asking || !page.reading || !hasReading(page.reading)) return;
      plans.forget();
      show();
    },
    { signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      highlighter.clear();
      panel.remove();
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
