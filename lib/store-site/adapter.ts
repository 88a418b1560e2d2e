import type { LenderKind } from '../core/schemas';
import type { StoreKey } from '../i18n/store';

/**
 * What a label is: an `action` the user clicks (repay button), a `field` that carries a value next to
 * it (amount, date, status), a `plan` section holding a repayment table, or a plain `label` (brand).
 */
export type LabelKind = 'action' | 'field' | 'plan' | 'label';

/** Which reading a field's value feeds. */
export type FieldRole = 'dueAmount' | 'dueDate' | 'overdue' | 'autoRepay';

export interface LabelRule {
  text: string;
  kind: LabelKind;
  role?: FieldRole;
}

/** How a site words the columns and statuses of its plan rows; patterns see normalized row text. */
export interface PlanRowWording {
  /** A caption before the amount that is the installment itself (what is due). */
  installment: RegExp;
  /** A caption before an amount that is only part of it, or something else (principal, fee, balance). */
  partOnly: RegExp;
  paid: RegExp;
  /** Beats `paid` when a row says both. */
  unpaid: RegExp;
  /** The site's period column ("<caption>: 3/12"), rewritten into the notation `findPeriod` reads. */
  periodColumn: readonly [RegExp, string];
  /** Captions of a row's principal and of its fee or interest: what the plan's terms are inferred from. */
  principal?: RegExp;
  charge?: RegExp;
  /** A bare table (no label leads to it) is read as a plan only when its header row matches; absent: never. */
  tableHeader?: RegExp;
}

/** How a site words one order: its number, its product, the account it is debited from. Patterns see compact text. */
export interface OrderWording {
  /** The order number, in the first group. */
  number: RegExp;
  /** The product, in the first group, tested on each short element's normalized text (spaces kept). */
  product: RegExp;
  /** The bank and the card's last four digits, each in the first group. */
  bank: RegExp;
  tail: RegExp;
}

/** One store site: every word of its pages lives in its adapter file (mi.ts, …); the reader is generic. */
export interface StoreAdapter {
  id: string;
  lenderKind: LenderKind;
  /** The lender's name in the store catalogue. */
  nameKey: StoreKey;
  /** Match patterns of the pages the adapter serves (also the content script's `matches`). */
  matches: string[];
  labels: LabelRule[];
  /** Tested against whitespace-free, half-width text of short containers. */
  zeroLimit: RegExp[];
  /** Words whose text nodes are worth testing against `zeroLimit`. */
  zeroLimitProbe: string[];
  /** Status words of an auto-repay field; `on` wins when both match. Tested on compact text. */
  autoRepay: { on: RegExp; off: RegExp };
  /**
   * An overdue field's words, on compact text: `status` is a value that completes the field (days late,
   * "not overdue"); `late` says it is overdue, `notLate` says it is not (beats `late` and any amount);
   * `days`, how many days late, in its first group.
   */
  overdue: { status: RegExp; late: RegExp; notLate: RegExp; days?: RegExp };
  planRows: PlanRowWording;
  order?: OrderWording;
}
