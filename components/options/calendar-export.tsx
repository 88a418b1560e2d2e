import { useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { accountLabel, lenderLabel } from '../../lib/core/labels';
import type { Plan, Settings } from '../../lib/core/schemas';
import { download } from './download';
import { useTexts } from './texts';

/** Upcoming installments as an .ics file; the `ics` package loads only when the user asks for it. */
export function CalendarExport({ plans, settings, today }: { plans: readonly Plan[]; settings: Settings; today: IsoDate }) {
  const texts = useTexts();
  const { t, money, date } = texts;
  const [failure, setFailure] = useState<string | null>(null);
  const exportCalendar = async () => {
    try {
      const { buildCalendar } = await import('../../lib/core/calendar');
      const ics = buildCalendar(plans, settings, today, Date.now(), {
        name: texts.c('appName'),
        summary: ({ plan, status }) =>
          t('calendar.summary', { title: plan.title, period: status.period, periods: plan.periods, amount: money(status.remaining) }),
        description: ({ plan, status }) =>
          [
            t('calendar.description', {
              lender: lenderLabel(plan.lender, texts.c),
              date: date(status.dueDate),
              amount: money(status.remaining),
            }),
            plan.autoRepay ? t('calendar.autoRepay', { label: accountLabel(plan.paymentMethod, texts.c) }) : t('calendar.manual'),
            plan.repayUrl,
          ]
            .filter(Boolean)
            .join('\n'),
        alarm: ({ plan, status }) =>
          t('calendar.alarm', { title: plan.title, date: date(status.dueDate, false), amount: money(status.remaining) }),
      });
      download(`repay-helper-${today}.ics`, ics, 'text/calendar');
      setFailure(null);
    } catch {
      setFailure(texts.key('err.internal'));
    }
  };
  return (
    <section class="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar.heading')}</h2>
      <p>{t('calendar.body')}</p>
      <button type="button" class="button" onClick={exportCalendar}>
        {t('calendar.export')}
      </button>
      {failure && (
        <p class="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
