import type { IsoDate } from '../core/dates';
import type { ImportProposal } from '../core/import-proposal';
import type { Fen } from '../core/money';
import type { LenderKind } from '../core/schemas';
import type { StoreSnapshotEntry } from '../protocol';
import { type Comparison, comparePage, type Mismatch } from './compare';
import { buildProposal } from './proposal';
import type { PageReading } from './read-page';

/** The facts the panel is drawn from: the page's reading, compared with the stored plans. */
export interface PanelView {
  reading: PageReading;
  comparison: Comparison;
  /** False when the stored plans could not be read (the panel says so instead of comparing). */
  snapshotOk: boolean;
  proposal: ImportProposal | null;
  lenderName: string;
}

export interface PageSource {
  lenderKind: LenderKind;
  lenderName: string;
  /** The import's title and where it came from, should the user import the page's plan. */
  importTitle: string;
  sourceUrl: string;
}

/** Compares the reading with the stored plans (null: they could not be read) and prepares the import. */
export function panelView(reading: PageReading, entries: StoreSnapshotEntry[] | null, source: PageSource): PanelView {
  return {
    reading,
    comparison: comparePage(reading, entries, source.lenderKind),
    snapshotOk: entries !== null,
    proposal: buildProposal(reading, source.sourceUrl, source.importTitle),
    lenderName: source.lenderName,
  };
}

/** An installment still to pay: when, and how much of it is left. */
type Due = Pick<StoreSnapshotEntry, 'dueDate' | 'remaining'>;

/**
 * What the panel shows, as plain data (fen, ISO dates, no DOM, none of our wording): drawn by panel.ts
 * today, and serialisable for a panel in an extension-origin frame later. Absent parts are not shown.
 */
export interface PanelModel {
  /** The next open installment of the stored plan the page is about. */
  next?: Due & Pick<StoreSnapshotEntry, 'period' | 'periods' | 'title'>;
  /** What the page itself says is due. */
  pageDue?: { dueDate?: IsoDate; amount?: Fen };
  snapshotUnavailable: boolean;
  overdue: boolean;
  /** Where the page and the stored plan disagree; the checklist names the lender. */
  mismatch?: { rows: Mismatch[]; lenderName: string };
  /** The limit is used up: installments are still due, the next one if known. */
  zeroLimit?: { next?: Due };
  /** No stored plan matches the page: offer to import what it reads. */
  importOffer?: ImportProposal;
}

export function panelModel(view: PanelView): PanelModel {
  const { reading, comparison } = view;
  const { next } = comparison;
  const model: PanelModel = { snapshotUnavailable: !view.snapshotOk, overdue: reading.overdue };
  if (next) model.next = next;
  const { dueAmount: amount, dueDate } = reading;
  if (amount !== undefined || dueDate) model.pageDue = { dueDate, amount };
  if (comparison.mismatches.length > 0) model.mismatch = { rows: comparison.mismatches, lenderName: view.lenderName };
  if (reading.zeroLimit) {
    const due = next ?? (amount !== undefined && dueDate ? { dueDate, remaining: amount } : undefined);
    model.zeroLimit = due ? { next: due } : {};
  }
  if (view.proposal && comparison.untracked) model.importOffer = view.proposal;
  return model;
}
