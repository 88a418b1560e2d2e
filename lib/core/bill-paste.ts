import { type BillFact, parseBillText } from './bill-text';
import { readAmounts } from './bill-text-amount';
import { readDueDate } from './bill-text-date';
import { type SkipReason, skipReason } from './bill-text-skip';
import { splitMessages } from './bill-text-split';
import type { IsoDate } from './dates';
import { type ImportProposal, ImportProposalSchema } from './import-proposal';

// The options page's "paste bill messages": each message of a paste is either a bill, offered as an
// import proposal the user confirms, or something the page says it did not take as one, and why.

/** Why a message gave no bill: it is no bill (a code, a parcel, a confirmation, an advert), or it lacks what one needs. */
export type NotABill = SkipReason | 'noAmount' | 'noDueDate' | 'outOfRange';

export interface PastedBill {
  message: string;
  fact: BillFact;
  proposal: ImportProposal;
}

export interface PasteReading {
  bills: PastedBill[];
  notUnderstood: { message: string; reason: NotABill }[];
}

/**
 * The import proposal of one bill: a single bill, or installment `period` of a plan of `periods` when
 * the message says 第k/n期 (the editor then lays out the whole plan around it). Null if out of range.
 */
export function proposalOfBill(fact: BillFact, title: string): ImportProposal | null {
  const hasPeriods = fact.period !== undefined && fact.periods !== undefined;
  const parsed = ImportProposalSchema.safeParse({
    sourceUrl: '',
    title: title.slice(0, 80),
    installments: [{ ...(hasPeriods ? { period: fact.period } : {}), dueDate: fact.dueDate, amount: fact.amountDue }],
    ...(hasPeriods ? { periods: fact.periods } : {}),
    lender: { kind: fact.lender, ...(fact.lenderName ? { name: fact.lenderName.slice(0, 40) } : {}) },
  });
  return parsed.success ? parsed.data : null;
}

function whyNot(message: string, today: IsoDate): NotABill {
  const skipped = skipReason(message);
  if (skipped) return skipped;
  if (!((readAmounts(message).amountDue ?? 0) > 0)) return 'noAmount';
  return readDueDate(message, today) ? 'outOfRange' : 'noDueDate';
}

/** Every message of `text`: the bills it asks for, with their proposals titled by `titleOf`, and the rest with why. */
export function readPastedBills(text: string, today: IsoDate, titleOf: (fact: BillFact) => string): PasteReading {
  const reading: PasteReading = { bills: [], notUnderstood: [] };
  for (const message of splitMessages(text)) {
    const facts = parseBillText(message, today);
    let taken = 0;
    for (const fact of facts) {
      const proposal = proposalOfBill(fact, titleOf(fact));
      if (!proposal) continue;
      reading.bills.push({ message, fact, proposal });
      taken++;
    }
    if (taken === 0) reading.notUnderstood.push({ message, reason: facts.length > 0 ? 'outOfRange' : whyNot(message, today) });
  }
  return reading;
}
