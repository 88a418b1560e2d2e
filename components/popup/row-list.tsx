import { useRef } from 'preact/hooks';
import type { AgendaRow } from '../../lib/core/agenda';
import { BUSY_ACTS, drawRow, type RowAct, type RowActions, type RowContext, rowClass, rowKey, type SnoozePart } from './payment-row';

/** The list's one snooze menu: which row has it open is the list's state, not each row's. */
export interface RowMenu {
  /** Opens this row's menu under `toggle`, or closes it when open. */
  toggle: (row: AgendaRow, toggle: HTMLElement) => void;
  /** Closes the open menu and gives the focus back to its toggle. */
  close: () => void;
  /** Null until its code has arrived. */
  Part: SnoozePart | null;
}

interface Props {
  rows: readonly AgendaRow[];
  context: RowContext;
  actions: RowActions;
  busyKey: string | null;
  /** The row whose snooze menu is open. */
  menuKey: string | null;
  menu: RowMenu;
}

/** What a row's content was drawn from, and the state last set on it. */
interface Drawn extends RowContext {
  row: AgendaRow;
  busy: boolean;
  open: boolean;
}
const drawn = new WeakMap<Element, Drawn>();

/** Whether drawn content still shows `row` in `context` (rows are read again on every storage change). */
function isCurrent(d: Drawn | undefined, row: AgendaRow, { today, locale, t }: RowContext): d is Drawn {
  if (!d || d.today !== today || d.locale !== locale || d.t !== t) return false;
  return d.row === row || JSON.stringify(d.row) === JSON.stringify(row);
}

const menuIdOf = (row: AgendaRow) => `snooze-${row.planId}-${row.period}`;

/**
 * Draws a row's content when it is new or changed (unchanged, it keeps its elements, and so the focus),
 * then sets what changes without it: its busy buttons and its snooze toggle.
 */
function showRow(body: HTMLElement, row: AgendaRow, context: RowContext, busy: boolean, open: boolean): void {
  let d = drawn.get(body);
  if (isCurrent(d, row, context)) d.row = row;
  else {
    drawRow(body, row, context);
    d = { ...context, row, busy: false, open: false };
    drawn.set(body, d);
  }
  if (busy !== d.busy) {
    d.busy = busy;
    for (const button of body.querySelectorAll<HTMLButtonElement>('button[data-act]'))
      if (BUSY_ACTS.includes(button.dataset.act as RowAct)) button.disabled = busy;
  }
  const toggle = open !== d.open && body.querySelector('button[data-act="snooze"]');
  if (!toggle) return;
  d.open = open;
  toggle.setAttribute('aria-expanded', String(open));
  if (open) toggle.setAttribute('aria-controls', menuIdOf(row));
  else toggle.removeAttribute('aria-controls');
}

/** What a click on a row's button asks for: one listener for the whole list. */
function onRowClick(event: MouseEvent, { actions, menu }: Props): void {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
  // A row's button is in its actions, in its drawn content.
  const row = button?.parentElement?.parentElement && drawn.get(button.parentElement.parentElement)?.row;
  if (!button || !row) return;
  const act = button.dataset.act as RowAct;
  if (act === 'paid') actions.markPaid(row);
  else if (act === 'repay') actions.repay(row);
  else if (act === 'help') actions.help(row);
  else if (act === 'snooze') menu.toggle(row, button);
  else actions.confirmDebit(row, act === 'yes');
}

/**
 * A section's rows. Preact keys each row's <li> and mounts its snooze menu; the row's content is drawn by
 * ./payment-row.ts in the same render (a ref), so the first frame after storage answers has the rows.
 */
export function RowList(props: Props) {
  const { rows, context, actions, busyKey, menuKey, menu } = props;
  const latest = useRef(props);
  latest.current = props;
  const { Part } = menu;
  return (
    // Delegation: the clicks are its buttons' (Enter and Space on a button click it), not the list's own.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the list has no action of its own to give a key to
    <ul class="rows" onClick={(event) => onRowClick(event, latest.current)}>
      {rows.map((row) => {
        const key = rowKey(row);
        const open = key === menuKey;
        return (
          <li key={key} class={rowClass(row)}>
            <div
              class="row__body"
              ref={(body) => {
                if (body) showRow(body, row, context, key === busyKey, open);
              }}
            />
            {open && Part && (
              <Part
                id={menuIdOf(row)}
                row={row}
                now={actions.now}
                reminderHour={actions.reminderHour}
                locale={context.locale}
                onChoose={(until, confirmation) => {
                  menu.close();
                  actions.snooze(row, until, confirmation);
                }}
                onClose={menu.close}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
