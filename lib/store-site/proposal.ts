import { isValidIsoDate } from '../core/dates';
import type { ImportProposal } from '../core/import-proposal';
import { MAX_AMOUNT_FEN, MAX_PERIODS } from '../core/limits';
import { ORDER_NO_PATTERN } from '../core/order-no';
import type { PageOrder, PageReading } from './read-page';

// The background checks every proposal with ImportProposalSchema (lib/core/import-proposal.ts) on receipt. The same
// limits are checked here by hand: bundling zod and the protocol's schemas would take the content script
// from 14 to 20 KB gzip, past its 15 KB budget. tests/unit/store-site/proposal.test.ts proves that every
// proposal built here passes the schema.
const isPeriod = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_PERIODS;
const isAmount = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_AMOUNT_FEN;

type Row = { period?: number | undefined; dueDate: string; amount: number; paid?: boolean; principal?: number; charge?: number };
const isPart = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_AMOUNT_FEN;

/**
 * The import offered to the user: the page's plan rows (of `order`, when the page shows several), or its
 * single current installment; null if none is sound.
 */
export function buildProposal(reading: PageReading, sourceUrl: string, title: string, order?: PageOrder): ImportProposal | null {
  const shown = order?.rows ?? reading.plan;
  const rows: Row[] =
    shown.length > 0
      ? shown
      : reading.dueAmount && reading.dueDate
        ? [{ dueDate: reading.dueDate, amount: reading.dueAmount, period: reading.period }]
        : [];
  const seen = new Set<string>();
  const sound = rows.filter((row) => {
    const key = `${row.dueDate}|${row.period ?? ''}`;
    if (seen.has(key) || !isValidIsoDate(row.dueDate) || !isAmount(row.amount)) return false;
    seen.add(key);
    return true;
  });
  if (sound.length === 0 || sound.length > MAX_PERIODS) return null;
  sound.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  // Period numbers that repeat, are missing on some rows or are out of range cannot be trusted: send dates and amounts only.
  const periods = new Set(sound.map((row) => row.period));
  const keepPeriods = periods.size === sound.length && [...periods].every(isPeriod);
  const proposal: ImportProposal = {
    sourceUrl: sourceUrl.slice(0, 2000),
    title: title.slice(0, 80),
    // Whether each row is already repaid travels with it: the editor must not mark an unpaid, overdue
    // period as paid just because its date is past.
    installments: sound.map(({ period, dueDate, amount, paid, principal, charge }) => ({
      ...(keepPeriods && period ? { period } : {}),
      dueDate,
      amount,
      ...(paid === undefined ? {} : { paid }),
      ...(isPart(principal) ? { principal } : {}),
      ...(isPart(charge) ? { charge } : {}),
    })),
  };
  const total = order ? order.periods : reading.periods;
  if (isPeriod(total)) proposal.periods = total;
  const autoRepay = order ? order.autoRepay : reading.autoRepay;
  if (autoRepay !== undefined) proposal.autoRepay = autoRepay;
  const account = order ? order.account : reading.account;
  if (account) proposal.account = account.slice(0, 60);
  if (order?.orderNo && ORDER_NO_PATTERN.test(order.orderNo)) proposal.orderNo = order.orderNo;
  return proposal;
}
