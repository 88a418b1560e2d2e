import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreSnapshotEntry } from '../../../lib/protocol';
import { miAdapter } from '../../../lib/store-site/mi';
import type { StorePageReport } from '../../../lib/store-site/page-record';
import { createPanelApp } from '../../../lib/store-site/panel-app';
import { type StoreSiteDeps, startStoreSite } from '../../../lib/store-site/store-site';

/** Loads a store-page fixture into happy-dom's document (its scripts do not run). */
export function loadFixture(name: string): void {
  const html = readFileSync(join(__dirname, '../../fixtures/store', name), 'utf8').replace(/<!doctype html>/i, '');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
}

export function setBody(html: string): void {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
}

/** An open installment as the background's snapshot reports it (a ¥1,072.00 Xiaomi installment unless told). */
export const snapshotEntry = (over: Partial<StoreSnapshotEntry> = {}): StoreSnapshotEntry => ({
  planId: 'p1',
  title: 'Xiaomi 15 Pro',
  lenderKind: 'xiaomi',
  period: 1,
  periods: 12,
  dueDate: '2027-01-10',
  amount: 107200,
  remaining: 107200,
  autoRepay: true,
  ...over,
});

let previous: AbortController | undefined;
/** The panel frame's own document: apart from the page, as the real frame is. */
let frameDoc: Document | undefined;

/**
 * The feature with a hand-cranked frame clock and a stubbed background: the content script reads the
 * page and reports; the panel app draws each report into a document of its own, with the snapshot
 * the test sets. The previous test's instance is stopped first.
 */
export function startOnPage(options: { snapshot?: StoreSnapshotEntry[] | null; today?: string; locale?: 'zh-CN' | 'en' } = {}) {
  const frames: (() => void)[] = [];
  let snapshot = options.snapshot === undefined ? [] : options.snapshot;
  let failing = false;
  const proposals: unknown[] = [];
  const reports: StorePageReport[] = [];
  previous?.abort();
  const controller = new AbortController();
  previous = controller;
  const doc = document.implementation.createHTMLDocument('panel');
  frameDoc = doc;
  const draw = createPanelApp(doc, {
    propose: async (proposal) => {
      proposals.push(proposal);
      return true;
    },
    onLayout: () => undefined,
  });
  const redraw = () => {
    const last = reports.at(-1);
    const record = last?.reading ? { sourceUrl: last.sourceUrl, reading: last.reading, at: 0 } : undefined;
    draw({ record, entries: failing ? null : snapshot, locale: options.locale ?? 'zh-CN' });
  };
  const deps: StoreSiteDeps = {
    report: async (report) => {
      reports.push(report);
      redraw();
      return true;
    },
    token: 'token-for-the-unit-tests',
    frameUrl: (fragment) => `about:blank#${fragment}`,
    frameTitle: 'Repay Helper',
    frameOrigins: [],
    today: () => options.today ?? '2026-12-20',
    schedule: (run) => void frames.push(run),
  };
  const site = startStoreSite(miAdapter, controller.signal, deps);
  return {
    site,
    proposals,
    reports,
    controller,
    /** Lets pending observer records and promises land, then runs the queued frames. */
    async frame(): Promise<number> {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const due = frames.splice(0);
      for (const run of due) run();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return due.length;
    },
    pendingFrames: () => frames.length,
    /** The stored plans change: the panel draws again (as the frame does on storage.onChanged). */
    setSnapshot: (next: StoreSnapshotEntry[] | null) => {
      snapshot = next;
      redraw();
    },
    failSnapshot: () => {
      failing = true;
      redraw();
    },
  };
}

/** The panel's frame element in the page (all the page holds of it). */
export const panelFrame = () => document.querySelector('iframe');

export const marked = (kind?: string) =>
  Array.from(document.querySelectorAll(kind ? `[data-repay-highlight="${kind}"]` : '[data-repay-highlight]'));

/** The panel as its frame shows it: empty when the page has no frame (nothing to show, or closed). */
export const panelText = () => (panelFrame() ? (frameDoc?.body.textContent ?? '') : '');
export const panelPart = (part: string) => (panelFrame() ? (frameDoc?.querySelector(`[data-part="${part}"]`) ?? null) : null);
export const panelDocument = () => frameDoc as Document;
