import type { IsoDate } from '../core/dates';
import type { FieldRole, LabelKind, StoreAdapter } from './adapter';
import type { LabelHit } from './find-labels';
import { compactText, findAmounts, findDates } from './parse-values';
import { readPlanRows, textOf } from './read-plan';

/** What gets the `data-repay-highlight` attribute, and as what. */
export interface Mark {
  element: Element;
  kind: LabelKind;
  hit: LabelHit;
}

const CLICKABLE = 'button, a[href], [role="button"], input[type="button"], input[type="submit"]';
const MAX_BUTTON_CHARS = 20;
const MAX_FIELD_CHARS = 100;
const MAX_FIELD_CLIMB = 4;
const MAX_PLAN_CLIMB = 6;
/** A plan section bigger than this is the page, not a section. */
const MAX_PLAN_ELEMENTS = 3000;

function hasValue(role: FieldRole | undefined, label: string, text: string, adapter: StoreAdapter, today: IsoDate): boolean {
  switch (role) {
    case 'dueAmount':
      return findAmounts(text).length > 0;
    case 'dueDate':
      return findDates(text, today).length > 0;
    case 'overdue':
      return adapter.overdue.status.test(compactText(text)) || findAmounts(text).length > 0;
    default:
      return compactText(text).length > label.length + 1;
  }
}

function isPageRoot(element: Element): boolean {
  return element === element.ownerDocument.body || element === element.ownerDocument.documentElement;
}

/** The smallest element around a label that also holds its value (the amount, date or status it captions). */
function fieldContainer(hit: LabelHit, adapter: StoreAdapter, today: IsoDate): Element {
  let element: Element | null = hit.element;
  for (let level = 0; element && level < MAX_FIELD_CLIMB && !isPageRoot(element); level++, element = element.parentElement) {
    if (compactText(element.textContent ?? '').length > MAX_FIELD_CHARS) break;
    // textOf, not textContent: cells that touch ("1/12" + "2027-01-10") must not fuse into one number.
    const text = textOf(element);
    if (hasValue(hit.rule.role, hit.rule.text, text, adapter, today)) return element;
  }
  return hit.element;
}

/** The section around a plan heading that holds the plan's rows; null while the rows have not loaded. */
export function planContainer(hit: LabelHit, adapter: StoreAdapter, today: IsoDate): Element | null {
  let element: Element | null = hit.element;
  for (let level = 0; element && level < MAX_PLAN_CLIMB && !isPageRoot(element); level++, element = element.parentElement) {
    if (element.getElementsByTagName('*').length > MAX_PLAN_ELEMENTS) return null;
    const text = textOf(element);
    if (findAmounts(text).length === 0 || findDates(text, today).length === 0) continue;
    if (readPlanRows(element, adapter.planRows, today).length > 0) return element;
  }
  return null;
}

/** Where a label's highlight goes: the repay button itself, the field with its value, or the plan section. */
export function markFor(hit: LabelHit, adapter: StoreAdapter, today: IsoDate): Mark {
  const { rule, element } = hit;
  if (rule.kind === 'action') {
    const button = element.closest(CLICKABLE);
    const target = button && compactText(button.textContent ?? '').length <= MAX_BUTTON_CHARS ? button : element;
    return { element: target, kind: 'action', hit };
  }
  if (rule.kind === 'field') return { element: fieldContainer(hit, adapter, today), kind: 'field', hit };
  if (rule.kind === 'plan') return { element: planContainer(hit, adapter, today) ?? element, kind: 'plan', hit };
  return { element, kind: 'label', hit };
}
