import type { IsoDate } from '../core/dates';
import type { LabelKind, StoreAdapter } from './adapter';
import { markFor } from './containers';
import { createLabelScanner, type LabelHit } from './find-labels';
import type { Highlighter } from './highlighter';
import { neighbourhoodOf, touches } from './neighbourhood';
import { compactText } from './parse-values';
import { type PageReading, readPage } from './read-page';
import { createTickLearning, type ReadMarks } from './tick-learning';
import type { DomChange } from './watch-dom';

/** Every scan is a `performance.measure` with this name: tests and the benchmark count and time them. */
export const SCAN_MEASURE = 'repay-helper:scan';
const MAX_MEASURES = 500;
const MAX_HITS = 400;
/** When a batch brings more roots than this, one walk over the body is cheaper than many small ones. */
const MAX_ROOTS = 200;
const PRIORITY: Record<LabelKind, number> = { label: 0, field: 1, plan: 2, action: 3 };

export interface PageScanDeps {
  highlighter: Highlighter;
  /** Our own nodes: never scanned. */
  isOwn: (node: Node) => boolean;
  today: () => IsoDate;
  /** Called, inside the scan, with every new reading of the page. */
  onRead: (reading: PageReading) => void;
}

/**
 * What the page says, kept up to date change by change. Its state: the labels found so far and the
 * zero-limit notices, the neighbourhood the last reading came from, and that reading. A change that adds
 * no label and happens away from the neighbourhood (an ad carousel, a clock) cannot alter what is read:
 * it costs the label scan of its own nodes and nothing more; a field that only ticks is tick-learning's.
 */
export function createPageScan(adapter: StoreAdapter, doc: Document, deps: PageScanDeps) {
  const scanLabels = createLabelScanner(adapter);
  const stats = { scans: 0 };
  let hits: LabelHit[] = [];
  let zeroLimit: Element[] = [];
  let neighbourhood = new Set<Node>();
  let reading: PageReading | null = null;
  const ticks = createTickLearning((mark, today) => JSON.stringify(readPage([mark], [], adapter, today)));
  const readMarks = (): ReadMarks => ({ hits, zeroLimit, neighbourhood });

  /** Scans `roots` for labels; returns how many hits and notices were new. */
  function collect(roots: Node[]): number {
    let added = 0;
    for (const root of roots) {
      const found = scanLabels(root, (element) => deps.isOwn(element));
      for (const hit of found.labels) {
        if (hits.length >= MAX_HITS) break;
        if (hits.some((h) => h.element === hit.element && h.rule === hit.rule)) continue;
        hits.push(hit);
        added++;
      }
      added += found.zeroLimit.length;
      zeroLimit.push(...found.zeroLimit);
    }
    return added;
  }

  /** Marks what the labels point at and reads the page anew. */
  function reread(): void {
    // A label whose text changed or left the page is dropped; its mark goes with it.
    hits = hits.filter((h) => h.element.isConnected && compactText(h.element.textContent ?? '').includes(h.rule.text));
    zeroLimit = [...new Set(zeroLimit)].filter((element) => element.isConnected);
    const today = deps.today();
    const marks = hits.map((hit) => markFor(hit, adapter, today)).sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    deps.highlighter.apply(new Map(marks.map((mark) => [mark.element, mark.kind])));
    neighbourhood = neighbourhoodOf(marks, zeroLimit);
    reading = readPage(marks, zeroLimit, adapter, today);
    ticks.reset(marks, today);
    deps.onRead(reading);
  }

  /** Scans what `change` brought, or with 'full' the whole page from scratch (a new route). */
  function scan(change: DomChange | 'full'): void {
    const start = performance.now();
    stats.scans++;
    const partial = change !== 'full' && change.roots.length <= MAX_ROOTS ? change : null;
    if (!partial) {
      hits = [];
      zeroLimit = [];
    }
    const added = collect(partial ? partial.roots : [doc.body ?? doc.documentElement]);
    if (!partial || added > 0 || (touches(partial, neighbourhood) && !ticks.onlyFieldNoise(partial, readMarks(), deps.today()))) reread();
    else if (ticks.watchesFields) ticks.learn(partial, readMarks());
    if (stats.scans <= MAX_MEASURES) performance.measure(SCAN_MEASURE, { start, detail: { full: !partial, marks: deps.highlighter.size } });
  }

  return {
    scan,
    isTicking: ticks.isTicking,
    stats,
    get reading() {
      return reading;
    },
  };
}
