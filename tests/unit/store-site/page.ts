import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreSnapshotEntry } from '../../../lib/protocol';
import { miAdapter } from '../../../lib/store-site/mi';
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

/** The feature with a hand-cranked frame clock and stubbed messages; the previous test's instance is stopped first. */
export function startOnPage(options: { snapshot?: StoreSnapshotEntry[] | null; today?: string; locale?: 'zh-CN' | 'en' } = {}) {
  const frames: (() => void)[] = [];
  let snapshot = options.snapshot === undefined ? [] : options.snapshot;
  let failing = false;
  const proposals: unknown[] = [];
  previous?.abort();
  const controller = new AbortController();
  previous = controller;
  const deps: StoreSiteDeps = {
    snapshot: async () => {
      if (failing) throw new Error('Could not establish connection. Receiving end does not exist.');
      return snapshot;
    },
    propose: async (proposal) => {
      proposals.push(proposal);
      return true;
    },
    today: () => options.today ?? '2026-12-20',
    locale: options.locale ?? 'zh-CN',
    schedule: (run) => void frames.push(run),
  };
  const site = startStoreSite(miAdapter, controller.signal, deps);
  return {
    site,
    proposals,
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
    setSnapshot: (next: StoreSnapshotEntry[] | null) => {
      snapshot = next;
    },
    failSnapshot: () => {
      failing = true;
    },
  };
}

export const marked = (kind?: string) =>
  Array.from(document.querySelectorAll(kind ? `[data-repay-highlight="${kind}"]` : '[data-repay-highlight]'));

export const panelText = () => document.querySelector('repay-helper-panel')?.shadowRoot?.textContent ?? '';
export const panelPart = (part: string) => document.querySelector('repay-helper-panel')?.shadowRoot?.querySelector(`[data-part="${part}"]`);
