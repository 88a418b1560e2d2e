import type { IsoDate } from '../core/dates';
import type { StoreAdapter } from './adapter';
import { anyLenderAdapter } from './any-lender';
import { markFor } from './containers';
import { createLabelScanner } from './find-labels';
import { hasReading, type PageReading, readPage } from './read-page';
import { type PlanRow, readPlanRows, textOf } from './read-plan';

// "Read this page": the popup's one-off read of the tab the user is looking at, injected on their click
// (entrypoints/page-reader.ts). The store page's reader does the reading; this file only starts it on a
// whole document, once, marks nothing and keeps nothing. What it returns is plain data the background
// checks as untrusted (lib/background/read-tab.ts).

export interface AnyPageReading {
  /** Origin and path: a query may hold a session or an account number. */
  sourceUrl: string;
  title: string;
  /** The page's title and first headings: the words that name the lender (花呗, 招商银行信用卡…). */
  brand: string;
  /** Null when the page shows no bill and no plan. */
  reading: PageReading | null;
}

export const MAX_TITLE = 300;
export const MAX_BRAND = 300;
const MAX_TABLES = 50;

/** A plan table the labels did not lead to: the first whose header names a plan's columns. */
function planTable(doc: Document, adapter: StoreAdapter, today: IsoDate): PlanRow[] {
  const columns = adapter.planRows.tableHeader;
  if (!columns) return [];
  for (const table of Array.from(doc.querySelectorAll('table')).slice(0, MAX_TABLES)) {
    const header = table.querySelector('tr');
    if (!header || !columns.test(textOf(header).replace(/ /g, ''))) continue;
    const rows = readPlanRows(table, adapter.planRows, today);
    if (rows.length > 0) return rows;
  }
  return [];
}

/** Reads the bill or plan `doc` shows, as the store page's reader would with any lender's words. */
export function readAnyPage(doc: Document, today: IsoDate): AnyPageReading {
  const adapter = anyLenderAdapter;
  const found = doc.body ? createLabelScanner(adapter)(doc.body, () => false) : { labels: [], zeroLimit: [] };
  const marks = found.labels.map((hit) => markFor(hit, adapter, today));
  const reading = readPage(marks, found.zeroLimit, adapter, today);
  if (reading.plan.length === 0) {
    reading.plan = planTable(doc, adapter, today);
    const lastPeriod = Math.max(0, ...reading.plan.map((row) => row.period ?? 0));
    if (reading.periods === undefined && reading.plan.length > 1) reading.periods = Math.max(lastPeriod, reading.plan.length);
  }
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'), (heading) => textOf(heading)).slice(0, 5);
  const location = doc.location;
  return {
    sourceUrl: location ? `${location.origin}${location.pathname}`.slice(0, 2000) : '',
    title: (doc.title ?? '').trim().slice(0, MAX_TITLE),
    brand: [doc.title ?? '', ...headings].join(' ').slice(0, MAX_BRAND),
    reading: hasReading(reading) ? reading : null,
  };
}
