import type { IsoDate } from '../core/dates';
import type { ImportProposal } from '../core/import-proposal';
import { storeMessages } from '../i18n/store';
import type { Locale } from '../i18n/translate';
import type { StoreSnapshotEntry } from '../protocol';
import type { LabelKind, StoreAdapter } from './adapter';
import { comparePage } from './compare';
import { markFor } from './containers';
import { createLabelScanner, type LabelHit } from './find-labels';
import { createHighlighter } from './highlighter';
import { neighbourhoodOf, touches } from './neighbourhood';
import { createPanel } from './panel';
import { compactText } from './parse-values';
import { buildProposal } from './proposal';
import { hasReading, type PageReading, readPage } from './read-page';
import { type DomChange, watchDom } from './watch-dom';

export interface StoreSiteDeps {
  /** The lender's open installments; null when the background could not answer. */
  snapshot: () => Promise<StoreSnapshotEntry[] | null>;
  propose: (proposal: ImportProposal) => Promise<boolean>;
  today: () => IsoDate;
  locale: Locale;
  /** Runs `run` on the next animation frame (and not at all once the extension context is gone). */
  schedule: (run: () => void) => void;
}

/** Every scan is a `performance.measure` with this name: tests and the benchmark count and time them. */
export const SCAN_MEASURE = 'repay-helper:scan';
const MAX_MEASURES = 500;
const MAX_HITS = 400;
/** When a batch brings more roots than this, one walk over the body is cheaper than many small ones. */
const MAX_ROOTS = 200;
const PRIORITY: Record<LabelKind, number> = { label: 0, field: 1, plan: 2, action: 3 };

/** Starts the store-site feature on `doc`; everything it did is undone when `signal` aborts. */
export function startStoreSite(adapter: StoreAdapter, signal: AbortSignal, deps: StoreSiteDeps, doc: Document = document) {
  const stats = { scans: 0 };
  const scanLabels = createLabelScanner(adapter);
  const highlighter = createHighlighter(doc);
  const t = storeMessages(deps.locale);
  const lenderName = t(adapter.nameKey);
  const panel = createPanel({ locale: deps.locale, t, propose: deps.propose });
  const isOwn = (node: Node) => highlighter.isOwn(node) || panel.isOwn(node);
  let hits: LabelHit[] = [];
  let zeroLimit: Element[] = [];
  let href = doc.location?.href ?? '';
  let snapshot: { entries: StoreSnapshotEntry[] | null } | 'pending' | undefined;
  let reading: PageReading | null = null;
  let neighbourhood = new Set<Node>();

  /** Adds the hits not known yet; returns how many were new. */
  function addHits(found: LabelHit[]): number {
    let added = 0;
    for (const hit of found) {
      if (hits.length >= MAX_HITS) break;
      if (hits.some((h) => h.element === hit.element && h.rule === hit.rule)) continue;
      hits.push(hit);
      added++;
    }
    return added;
  }

  function scan(change: DomChange | 'full'): void {
    const start = performance.now();
    stats.scans++;
    const full = change === 'full' || change.roots.length > MAX_ROOTS;
    if (full) {
      hits = [];
      zeroLimit = [];
    }
    const roots = change === 'full' || full ? [doc.body ?? doc.documentElement] : change.roots;
    let added = 0;
    for (const root of roots) {
      const found = scanLabels(root, (element) => isOwn(element));
      added += addHits(found.labels) + found.zeroLimit.length;
      zeroLimit.push(...found.zeroLimit);
    }
    // A change away from everything we read (an ad carousel, a clock) cannot change what we show.
    if (change !== 'full' && !full && added === 0 && !touches(change, neighbourhood)) {
      measure(start, full);
      return;
    }
    // A label whose text changed or left the page is dropped; its mark goes with it.
    hits = hits.filter((h) => h.element.isConnected && compactText(h.element.textContent ?? '').includes(h.rule.text));
    zeroLimit = [...new Set(zeroLimit)].filter((element) => element.isConnected);
    const today = deps.today();
    const marks = hits.map((hit) => markFor(hit, adapter, today)).sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    highlighter.apply(new Map(marks.map((mark) => [mark.element, mark.kind])));
    neighbourhood = neighbourhoodOf(marks, zeroLimit);
    reading = readPage(marks, zeroLimit, adapter, today);
    show();
    measure(start, full);
  }

  function measure(start: number, full: boolean): void {
    if (stats.scans <= MAX_MEASURES) performance.measure(SCAN_MEASURE, { start, detail: { full, marks: highlighter.size } });
  }

  function show(): void {
    if (!reading || !hasReading(reading)) {
      panel.remove();
      return;
    }
    if (snapshot === undefined) {
      snapshot = 'pending';
      const forHref = href;
      const answer = deps.snapshot().catch(() => null);
      void answer.then((entries) => {
        if (signal.aborted || forHref !== href) return;
        snapshot = { entries };
        show();
        watcher.dropOwnRecords();
      });
    }
    if (snapshot === 'pending') return;
    const comparison = comparePage(reading, snapshot.entries, adapter.lenderKind);
    const title = reading.periods ? t('importTitle', { lender: lenderName, periods: reading.periods }) : lenderName;
    const proposal = buildProposal(reading, `${doc.location.origin}${doc.location.pathname}`, title);
    panel.render({ reading, comparison, snapshotOk: snapshot.entries !== null, proposal, lenderName });
  }

  const watcher = watchDom(doc.documentElement, {
    signal,
    isOwn,
    schedule: deps.schedule,
    onChange: (change) => {
      if (doc.location.href !== href) {
        // An SPA route change: what was read belongs to the old page.
        href = doc.location.href;
        snapshot = undefined;
        scan('full');
      } else scan(change);
    },
  });

  // Back on the tab (say, after confirming an import): the stored plans may have changed.
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState !== 'visible' || snapshot === 'pending' || !reading || !hasReading(reading)) return;
      snapshot = undefined;
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
  scan('full');
  watcher.dropOwnRecords();
  return {
    stats,
    get reading() {
      return reading;
    },
  };
}
