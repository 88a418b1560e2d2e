import type { IsoDate } from '../core/dates';
import type { ImportProposal } from '../core/import-proposal';
import type { Fen } from '../core/money';
import type { LenderKind } from '../core/schemas';
import type { StoreSnapshotEntry } from '../protocol';
import { type Comparison, comparePage, type Mismatch } from './compare';
import type { RowMismatch } from './compare-orders';
import { lateCharge } from './late-charge';
import { buildProposal } from './proposal';
import type { PageOrder, PageReading } from './read-page';

/** The facts the panel is drawn from: the page's reading, compared with the stored plans. */
export interface PanelView {
  reading: PageReading;
  comparison: Comparison;
  /** False when the stored plans could not be read (the panel says so instead of comparing). */
  snapshotOk: boolean;
  proposal: ImportProposal | null;
  /** One proposal per order on the page (`reading.orders`), in the same order; null where none is sound. */
  orderProposals?: (ImportProposal | null)[];
  lenderName: string;
  /** The lender's today, for how late the page's unpaid rows are. */
  today?: IsoDate;
}

export interface PageSource {
  lenderKind: LenderKind;
  lenderName: string;
  /** The import's title and where it came from, should the user import the page's plan. */
  importTitle: string;
  sourceUrl: string;
  /** An order's import title (its product, else the lender and period count); `importTitle` without it. */
  orderTitle?: (order: PageOrder) => string;
  today?: IsoDate;
}

/** Compares the reading with the stored plans (null: they could not be read) and prepares the import. */
export function panelView(reading: PageReading, entries: StoreSnapshotEntry[] | null, source: PageSource): PanelView {
  // The proposal says whose page it came from: the editor starts on that lender.
  const proposalOf = (title: string, order?: PageOrder): ImportProposal | null => {
    const proposal = buildProposal(reading, source.sourceUrl, title, order);
    return proposal && { ...proposal, lender: { kind: source.lenderKind } };
  };
  const view: PanelView = {
    reading,
    comparison: comparePage(reading, entries, source.lenderKind),
    snapshotOk: entries !== null,
    proposal: proposalOf(source.importTitle),
    lenderName: source.lenderName,
  };
  if (reading.orders)
    view.orderProposals = reading.orders.map((order) => proposalOf(source.orderTitle?.(order) ?? source.importTitle, order));
  if (source.today) view.today = source.today;
  return view;
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
  /** Where the page and the stored plan disagree; the checklist names the lender, `plans` each plan and its differing periods. */
  mismatch?: { rows: (Mismatch | RowMismatch)[]; lenderName: string; plans?: { title: string; periods: number[] }[] };
  /** How late the page says the user is, and the late charge that comes to (the plan's default daily rate). */
  late?: { days: number; amount: Fen; penalty: Fen };
  /** The limit is used up: installments are still due, the next one if known. */
  zeroLimit?: { next?: Due };
  /** Plans on the page no stored plan matches: offer to import each (one per order). */
  importOffers?: ImportProposal[];
}

/** Rows shown per mismatch warning; the plans line names every differing period. */
const MAX_MISMATCH_ROWS = 3;

export function panelModel(view: PanelView): PanelModel {
  const { reading, comparison } = view;
  const { next } = comparison;
  const model: PanelModel = { snapshotUnavailable: !view.snapshotOk, overdue: reading.overdue };
  if (next) model.next = next;
  const { dueAmount: amount, dueDate } = reading;
  if (amount !== undefined || dueDate) model.pageDue = { dueDate, amount };
  if (comparison.mismatches.length > 0) model.mismatch = { rows: comparison.mismatches, lenderName: view.lenderName };
  const differing = (comparison.orders ?? []).filter((order) => order.plan && order.mismatches.length > 0);
  if (differing.length > 0) {
    model.mismatch = {
      rows: differing.flatMap((order) => order.mismatches).slice(0, MAX_MISMATCH_ROWS),
      lenderName: view.lenderName,
      plans: differing.map((order) => ({
        title: order.plan?.title ?? '',
        periods: order.mismatches.flatMap((m) => (m.period === undefined ? [] : [m.period])),
      })),
    };
  }
  const late = reading.overdue && view.today ? lateCharge(reading, view.today) : null;
  if (late) model.late = late;
  if (reading.zeroLimit) {
    const due = next ?? (amount !== undefined && dueDate ? { dueDate, remaining: amount } : undefined);
    model.zeroLimit = due ? { next: due } : {};
  }
  const offers = comparison.orders
    ? comparison.orders.flatMap((order, i) => (order.plan ? [] : [view.orderProposals?.[i]])).filter((p): p is ImportProposal => Boolean(p))
    : view.proposal && comparison.untracked
      ? [view.proposal]
      : [];
  if (offers.length > 0) model.importOffers = offers;
  return model;
}
