import type { IsoDate } from '../core/dates';
import type { LabelKind, StoreAdapter } from './adapter';
import { type Mark, markFor } from './containers';
import { createLabelScanner, type LabelHit } from './find-labels';
import type { Highlighter } from './highlighter';
import { neighbourhoodOf, touches } from './neighbourhood';
import { compactText } from './parse-values';
import { type PageReading, readPage } from './read-page';
import type { DomChange } from './watch-dom';

/** Every scan is a `performance.measure` with this name: tests and the benchmark count and time them. */
export const SCAN_MEASURE = 'repay-helper:scan';
const MAX_MEASURES = 500;
const MAX_HITS = 400;
/** When a batch brings more roots than this, one walk over the body is cheaper than many small ones. */
const MAX_ROOTS = 200;
const PRIORITY: Record<LabelKind, number> = { label: 0, field: 1, plan: 2, action: 3 };
/** A ticking text's shape: a countdown keeps it from one tick to the next, a new status or amount seldom does. */
const shapeOf = (text: string) => text.replace(/\d/g, '0');
const isDigit = (code: number) => code >= 48 && code <= 57;

/** `shapeOf(text) === shape`, without building a string: it runs for every tick of the clock. */
function sameShape(text: string, shape: string): boolean {
  if (text.length !== shape.length) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== shape.charCodeAt(i) && !(isDigit(code) && shape.charCodeAt(i) === 48)) return false;
  }
  return true;
}

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
 * it costs the label scan of its own nodes and nothing more.
 */
export function createPageScan(adapter: StoreAdapter, doc: Document, deps: PageScanDeps) {
  const scanLabels = createLabelScanner(adapter);
  const stats = { scans: 0 };
  let hits: LabelHit[] = [];
  let zeroLimit: Element[] = [];
  let neighbourhood = new Set<Node>();
  let reading: PageReading | null = null;
  /** What each field mark read at the last full read: a change inside a field that reads the same is noise. */
  let fields = new Map<Mark, string>();
  /**
   * Elements inside a field whose text changed and the field still read the same (a countdown beside the
   * amount due), with the shape of their text: while it keeps that shape, their changes are not even queued.
   */
  let ticking = new WeakMap<Element, string>();
  const textSeen = new WeakMap<Element, string>();

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
    fields = new Map(marks.filter((mark) => mark.kind === 'field').map((mark) => [mark, fieldReading(mark, today)]));
    ticking = new WeakMap();
    deps.onRead(reading);
  }

  const fieldReading = (mark: Mark, today: IsoDate) => JSON.stringify(readPage([mark], [], adapter, today));

  /**
   * True when every root of `change` sits in or next to a field (never in a plan, a label or a
   * zero-limit notice) and each such field reads exactly as before: a ticking clock beside the amount due
   * costs one small field read per frame, not a read of the page.
   */
  function onlyFieldNoise(change: DomChange): boolean {
    // Something left the page (a clock's old text node): noise only if none of what we read went with it.
    if (change.removed) for (const node of neighbourhood) if (!node.isConnected) return false;
    const today = deps.today();
    const checked = new Set<Mark>();
    for (const root of change.roots) {
      let near = false;
      for (const [mark, before] of fields) {
        const around = mark.element.parentElement ?? mark.element;
        if (!around.contains(root)) continue;
        near = true;
        if (checked.has(mark)) continue;
        checked.add(mark);
        if (fieldReading(mark, today) !== before) return false;
      }
      if (!near) return false;
      // Anything else of ours the root reaches (a plan, a label, a notice) needs the full read.
      for (const hit of hits) if (hit.rule.kind !== 'field' && (hit.element.contains(root) || root.contains(hit.element))) return false;
      for (const notice of zeroLimit) if (notice.contains(root) || root.contains(notice)) return false;
    }
    return true;
  }

  /**
   * After `change` proved to be noise: each changed element beside or inside a field, holding none of
   * what we mark, whose text is not what it was at its last change, is known to tick from now on.
   */
  function learnTicking(change: DomChange): void {
    for (const root of change.roots) {
      const owner = root.nodeType === 1 ? (root as Element) : root.parentElement;
      if (!owner || !holdsNothingRead(owner)) continue;
      const text = owner.textContent ?? '';
      const before = textSeen.get(owner);
      textSeen.set(owner, text);
      if (before !== undefined && before !== text) ticking.set(owner, shapeOf(text));
    }
  }

  function holdsNothingRead(element: Element): boolean {
    let inField = false;
    for (const mark of fields.keys()) {
      if (element.contains(mark.element)) return false;
      inField ||= (mark.element.parentElement ?? mark.element).contains(element);
    }
    return inField && !hits.some((hit) => element.contains(hit.element)) && !zeroLimit.some((notice) => element.contains(notice));
  }

  /**
   * Run in the observer callback, so cheap and without layout: true for a change of text only, in an
   * element known to tick, that left its text in the same shape (digits aside).
   */
  function isTicking(record: MutationRecord): boolean {
    const owner = record.type === 'characterData' ? record.target.parentElement : (record.target as Element);
    const shape = owner ? ticking.get(owner) : undefined;
    if (!owner || shape === undefined) return false;
    if (record.type === 'childList') {
      const { addedNodes: added, removedNodes: removed } = record;
      for (let i = 0; i < added.length; i++) if (added[i]?.nodeType !== 3) return false;
      for (let i = 0; i < removed.length; i++) if (removed[i]?.nodeType !== 3) return false;
    } else if (record.type !== 'characterData') return false;
    return sameShape(owner.textContent ?? '', shape);
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
    if (!partial || added > 0 || (touches(partial, neighbourhood) && !onlyFieldNoise(partial))) reread();
    else if (fields.size > 0) learnTicking(partial);
    if (stats.scans <= MAX_MEASURES) performance.measure(SCAN_MEASURE, { start, detail: { full: !partial, marks: deps.highlighter.size } });
  }

  return {
    scan,
    isTicking,
    stats,
    get reading() {
      return reading;
    },
  };
}
