import { useEffect, useRef } from 'preact/hooks';
import type { AgendaRow } from '../../lib/core/agenda';
import { lenderClock, lenderToday } from '../../lib/core/dates';
import { snoozeChoices } from '../../lib/core/snooze';
import { formatDate } from '../../lib/i18n/format';
import type { PopupMoreT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';

interface Props {
  id: string;
  row: AgendaRow;
  now: number;
  reminderHour: number;
  locale: Locale;
  /** This part's own words, loaded with it. */
  x: PopupMoreT;
  onChoose: (until: number, confirmation: string) => void;
  onClose: () => void;
}

/**
 * When to be reminded again: a list of buttons under the toggle (Tab moves through them, Escape closes
 * and gives focus back to the toggle). Loaded only when first opened.
 */
export function SnoozeMenu({ id, row, now, reminderHour, locale, x, onChoose, onClose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.querySelector('button')?.focus(), []);
  const choices = snoozeChoices(now, row.dueDate, reminderHour);
  const when = (until: number) => ({ time: lenderClock(until), date: formatDate(lenderToday(until), locale) });
  return (
    <fieldset
      id={id}
      class="snooze-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <legend>{x('snooze.title')}</legend>
      <ul ref={list}>
        {choices.map((choice) => (
          <li key={choice.kind}>
            <button
              type="button"
              class="btn btn--quiet"
              onClick={() => onChoose(choice.until, x('toast.snoozedUntil', when(choice.until)))}
            >
              {x(`snooze.${choice.kind}`, when(choice.until))}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
