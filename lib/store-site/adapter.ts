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

/** One store site: everything site-specific lives in its adapter file (mi.ts, …). */
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
  /** Status words of an auto-repay field meaning "on". */
  autoRepayOn: RegExp;
}
