import { useState } from 'preact/hooks';
import type { Agenda, AgendaSection } from '../../lib/core/agenda';
import { AGENDA_SECTIONS } from '../../lib/core/agenda';
import { formatMoney } from '../../lib/core/money';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';
import { PaymentRow, type RowActions } from './payment-row';

interface Props {
  agenda: Agenda;
  today: string;
  locale: Locale;
  t: PopupT;
  actions: RowActions;
  busyKey: string | null;
}

/** Rows shown per section before "show the rest": the popup stays fast and readable with hundreds. */
export const SECTION_ROWS = 20;

/** The sections in order; "later" starts collapsed and renders its rows only once opened. */
export function AgendaView({ agenda, today, locale, t, actions, busyKey }: Props) {
  const [laterOpen, setLaterOpen] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<AgendaSection>>(new Set());
  return (
    <div class="agenda">
      {AGENDA_SECTIONS.map((section: AgendaSection) => {
        const items = agenda[section];
        if (items.length === 0) return null;
        const total = items.reduce((sum, item) => sum + item.status.remaining, 0);
        const heading = (
          <>
            <span>{t(`section.${section}`)}</span>
            <span class="section__count">{items.length}</span>
            <span class="section__total">{formatMoney(total, locale)}</span>
          </>
        );
        const shown = expanded.has(section) ? items : items.slice(0, SECTION_ROWS);
        const rows = (
          <>
            <ul class="rows">
              {shown.map((item) => {
                const key = `${item.plan.id}:${item.status.period}`;
                return <PaymentRow key={key} item={item} today={today} locale={locale} t={t} actions={actions} busy={busyKey === key} />;
              })}
            </ul>
            {shown.length < items.length && (
              <button type="button" class="link section__more" onClick={() => setExpanded(new Set([...expanded, section]))}>
                {t('section.showMore', { count: items.length - shown.length })}
              </button>
            )}
          </>
        );
        if (section === 'later') {
          return (
            <details
              key={section}
              class="section"
              open={laterOpen}
              onToggle={(event) => setLaterOpen((event.currentTarget as HTMLDetailsElement).open)}
            >
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
