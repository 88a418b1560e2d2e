import { readAmounts } from './bill-text-amount';
import { readDueDate } from './bill-text-date';
import { readLender } from './bill-text-lender';
import { skipReason } from './bill-text-skip';
import { splitMessages } from './bill-text-split';
import { type IsoDate, isValidIsoDate } from './dates';
import type { Fen } from './money';
import type { LenderKind } from './schemas';

/** One bill read from a pasted text message: who asks, how much, by when. */
export interface BillFact {
  lender: LenderKind;
  /** The bank of a card, or the product or sender of an `other` bill (美团月付, 借呗). */
  lenderName?: string;
  /** The full amount asked for, in fen; always > 0. */
  amountDue: Fen;
  /** The minimum payment, in fen, when the message names one. */
  minimumDue?: Fen;
  dueDate: IsoDate;
  /** This installment's number (1-based), with `periods` the plan's length, when the message says. */
  period?: number;
  periods?: number;
}

const MAX_PERIODS = 999;
const PERIOD_OF_PERIODS = /第?(\d{1,3})\/(\d{1,3})期|第(\d{1,3})期\s*[/,(]?\s*共(\d{1,3})期/;
const PERIOD_ALONE = /第(\d{1,3})期/;
const PERIODS_ALONE = /共(\d{1,3})期|分(\d{1,3})期/;

/** `第3/12期`, `第3期/共12期`, `3/12期`: the installment and the plan's length, when they make sense. */
export function readPeriod(message: string): Pick<BillFact, 'period' | 'periods'> {
  const both = PERIOD_OF_PERIODS.exec(message);
  const period = Number(both?.[1] ?? both?.[3] ?? PERIOD_ALONE.exec(message)?.[1] ?? Number.NaN);
  const periodsMatch = PERIODS_ALONE.exec(message);
  const periods = Number(both?.[2] ?? both?.[4] ?? periodsMatch?.[1] ?? periodsMatch?.[2] ?? Number.NaN);
  const validPeriod = Number.isInteger(period) && period >= 1 && period <= MAX_PERIODS;
  const validPeriods = Number.isInteger(periods) && periods >= 1 && periods <= MAX_PERIODS;
  if (validPeriod && validPeriods) return period <= periods ? { period, periods } : {};
  if (validPeriod) return { period };
  if (validPeriods) return { periods };
  return {};
}

function readBill(message: string, today: IsoDate): BillFact | null {
  if (skipReason(message)) return null;
  const { amountDue, minimumDue } = readAmounts(message);
  if (amountDue === undefined || amountDue <= 0) return null;
  const dueDate = readDueDate(message, today);
  if (!dueDate) return null;
  return {
    ...readLender(message),
    amountDue,
    ...(minimumDue === undefined ? {} : { minimumDue }),
    dueDate,
    ...readPeriod(message),
  };
}

/**
 * The bills in pasted text messages, in the order they appear: one per message that asks for
 * money by a date. Codes, parcels, confirmations, advertising and ¥0 bills give none. `today` is
 * the Beijing date that 今天, 已逾期N天 and year-less dates are counted from. Never throws.
 */
export function parseBillText(text: string, today: IsoDate): BillFact[] {
  if (typeof text !== 'string' || typeof today !== 'string' || !isValidIsoDate(today)) return [];
  const facts: BillFact[] = [];
  for (const message of splitMessages(text)) {
    const fact = readBill(message, today);
    if (fact) facts.push(fact);
  }
  return facts;
}
