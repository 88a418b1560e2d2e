import type { IsoDate } from '../core/dates';
import type { Fen } from '../core/money';
import type { PlanRowWording } from './adapter';
import { findAmounts, findDates, findPeriod, normalizeText } from './parse-values';

/** One row of a repayment plan as the page shows it. */
export interface PlanRow {
  period?: number;
  dueDate: IsoDate;
  amount: Fen;
  paid: boolean;
  /** The row's principal and its fee or interest, when the page has those columns. */
  principal?: Fen;
  charge?: Fen;
}

/** Looking for rows never goes through more elements than this (a plan has at most MAX_PERIODS rows). */
const MAX_ELEMENTS = 4000;

/** Visible text with a space wherever elements meet, so "1,072.00" and "12" in two cells never fuse. */
export function textOf(element: Element): string {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE')) continue;
    parts.push((node as Text).data);
  }
  return normalizeText(parts.join(' ')).trim();
}

/**
 * Reads one row from its text: its first date, the amount whose caption says it is the installment (else the
 * largest not captioned as a part of it), whether the site's words call it paid, and its period number.
 */
export function readRowText(text: string, wording: PlanRowWording, today: IsoDate): PlanRow | null {
  const normalized = normalizeText(text);
  const dueDate = findDates(normalized, today)[0]?.value;
  const amounts = findAmounts(normalized);
  if (!dueDate || amounts.length === 0) return null;
  let previousEnd = 0;
  // An amount's caption (the few characters before it) decides which of a row's amounts is the installment.
  const captioned = amounts.map((amount) => {
    const caption = normalized.slice(Math.max(previousEnd, amount.start - 10), amount.start);
    previousEnd = amount.end;
    return {
      value: amount.value,
      preferred: wording.installment.test(caption),
      excluded: wording.partOnly.test(caption),
      principal: wording.principal?.test(caption) ?? false,
      charge: wording.charge?.test(caption) ?? false,
    };
  });
  const neutral = captioned.filter((a) => !a.excluded);
  const chosen = captioned.find((a) => a.preferred) ?? neutral.sort((a, b) => b.value - a.value)[0];
  if (!chosen || chosen.value <= 0) return null;
  const { period } = findPeriod(normalized.replace(...wording.periodColumn));
  const row: PlanRow = { dueDate, amount: chosen.value, paid: wording.paid.test(normalized) && !wording.unpaid.test(normalized) };
  const principal = captioned.find((a) => a.principal)?.value;
  const charge = captioned.find((a) => a.charge)?.value;
  if (principal !== undefined) row.principal = principal;
  if (charge !== undefined) row.charge = charge;
  if (period !== undefined) row.period = period;
  else {
    const leading = /^\s*(\d{1,3})(?=\s)/.exec(normalized);
    if (leading) row.period = Number(leading[1]);
  }
  return row;
}

function readTable(table: HTMLTableElement, wording: PlanRowWording, today: IsoDate): PlanRow[] {
  const rows = Array.from(table.rows);
  const headerRow = rows.find((row) => row.querySelector('th'));
  const headers = headerRow ? Array.from(headerRow.cells, (cell) => textOf(cell)) : [];
  const out: PlanRow[] = [];
  for (const row of rows) {
    if (row === headerRow) continue;
    // Each cell gets its column's caption, so an amount under its header reads like a captioned amount in a row.
    const text = Array.from(row.cells, (cell, i) => `${headers[i] ?? ''} ${textOf(cell)}`).join(' | ');
    const parsed = readRowText(text, wording, today);
    if (parsed) out.push(parsed);
  }
  return out;
}

const hasRowShape = (text: string, today: IsoDate) => findDates(text, today).length > 0 && findAmounts(text).length > 0;

/** The element whose children are the most rows (a list of <div> rows); the deepest wins a tie. */
function rowGroup(container: Element, today: IsoDate): Element[] {
  const elements = [container, ...Array.from(container.querySelectorAll('*')).slice(0, MAX_ELEMENTS)];
  let best: Element[] = [];
  for (const element of elements) {
    if (element.children.length === 0 || element.children.length < best.length) continue;
    const rows = Array.from(element.children).filter((child) => hasRowShape(textOf(child), today));
    if (rows.length > 0 && rows.length >= best.length) best = rows;
  }
  return best;
}

/** The plan rows inside `container`: from its <table>s when it has any, else from repeated <div> rows. */
export function readPlanRows(container: Element, wording: PlanRowWording, today: IsoDate): PlanRow[] {
  const tables = container.tagName === 'TABLE' ? [container] : Array.from(container.querySelectorAll('table'));
  if (tables.length > 0) return tables.flatMap((table) => readTable(table as HTMLTableElement, wording, today));
  return rowGroup(container, today).flatMap((row) => readRowText(textOf(row), wording, today) ?? []);
}
