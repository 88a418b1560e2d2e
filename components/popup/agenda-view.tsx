import { useEffect, useState } from 'preact/hooks';
import type { Agenda, AgendaRow, AgendaSection } from '../../lib/core/agenda';
import { AGENDA_SECTIONS } from '../../lib/core/agenda';
import { formatMoney } from '../../lib/core/money-format';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';
import { useLazyPart } from './lazy-part';
import { type RowActions, rowKey } from './payment-row';
import { RowList, type RowMenu } from './row-list';

interface Props {
  /** Sections up to 30 days ahead; "later" is summed in `later` and its rows fetched when opened. */
  agenda: Agenda;
  later: { count: number; total: number };
  loadLater: () => Promise<AgendaRow[]>;
  today: string;
  locale: Locale;
  t: PopupT;
  actions: RowActions;
  busyKey: string | null;
  /** Rows marked paid here and not yet gone from the stored agenda: they leave at once (undo brings them back). */
  hidden: ReadonlySet<string>;
}

/** Rows shown per section before "show the rest": the popup stays fast and readable with hundreds. */
export const SECTION_ROWS = 20;

const loadSnoozeMenu = () => import('./snooze-menu').then((module) => module.SnoozeMenu);

/** The sections in order; "later" starts collapsed and its rows are computed only once opened. */
export function AgendaView({ agenda, later, loadLater, today, locale, t, actions, busyKey, hidden }: Props) {
  const [laterRows, setLaterRows] = useState<AgendaRow[] | null>(null);
  const [laterOpen, setLaterOpen] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<AgendaSection>>(new Set());
  // One snooze menu open at a time, under the toggle that opened it.
  const [open, setOpen] = useState<{ key: string; toggle: HTMLElement } | null>(null);
  const SnoozeMenu = useLazyPart(loadSnoozeMenu, open !== null, locale);
  const menu: RowMenu = {
    toggle: (row, toggle) => setOpen(open?.key === rowKey(row) ? null : { key: rowKey(row), toggle }),
    close: () => {
      setOpen(null);
      open?.toggle.focus();
    },
    Part: SnoozeMenu,
  };
  // A change to the plans brings a new `later`: the open list is read again, so a paid row does not linger.
  useEffect(() => {
    if (laterOpen) void loadLater().then(setLaterRows);
  }, [later]);
  const sized = { ...agenda, later: laterRows ?? [] };
  return (
    <div class="agenda">
      {AGENDA_SECTIONS.map((section: AgendaSection) => {
        const items = sized[section].filter((row) => !hidden.has(rowKey(row)));
        const count = section === 'later' ? later.count - (sized.later.length - items.length) : items.length;
        if (count === 0) return null;
        const total = section === 'later' ? later.total : items.reduce((sum, row) => sum + row.remaining, 0);
        const heading = (
          <>
            <span>{t(`section.${section}`)}</span>
            <span class="section__count">{count}</span>
            <span class="section__total">{formatMoney(total, locale)}</span>
          </>
        );
        const shown = expanded.has(section) ? items : items.slice(0, SECTION_ROWS);
        const rows = (
          <>
            <RowList
              rows={shown}
              context={{ today, locale, t }}
              actions={actions}
              busyKey={busyKey}
              menuKey={open?.key ?? null}
              menu={menu}
            />
            {shown.length < items.length && (
              <button type="button" class="link section__more" onClick={() => setExpanded(new Set([...expanded, section]))}>
                {t('section.showMore', { count: items.length - shown.length })}
              </button>
            )}
          </>
        );
        if (section === 'later') {
          const onToggle = (event: Event) => {
            const open = (event.currentTarget as HTMLDetailsElement).open;
            setLaterOpen(open);
            if (open) void loadLater().then(setLaterRows);
          };
          return (
            <details key={section} class="section" open={laterOpen} onToggle={onToggle}>
              <summary class="section__title">{heading}</summary>
              {laterOpen && rows}
            </details>
          );
        }
        return (
          <section key={section} class={`section section--${section}`} aria-label={t(`section.${section}`)}>
            <h2 class="section__title">{heading}</h2>
            {rows}
          </section>
        );
      })}
    </div>
  );
}
