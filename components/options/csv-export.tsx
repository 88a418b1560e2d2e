import { useState } from 'preact/hooks';
import { CSV_BOM, type CsvWords, paymentsCsv, scheduleCsv } from '../../lib/core/csv';
import type { IsoDate } from '../../lib/core/dates';
import { lenderLabel } from '../../lib/core/labels';
import type { Plan } from '../../lib/core/schemas';
import { download } from './download';
import { type Texts, useTexts } from './texts';

const ALL = '';

function csvWords({ t, c }: Texts, method: 'fee' | 'other'): CsvWords {
  return {
    schedule: {
      plan: t('csv.plan'),
      lender: t('csv.lender'),
      period: t('csv.period'),
      dueDate: t('csv.dueDate'),
      principal: t('csv.principal'),
      charge: method === 'fee' ? t('csv.fee') : t('csv.charge'),
      total: t('csv.total'),
      paid: t('csv.paid'),
      state: t('csv.state'),
    },
    payments: {
      plan: t('csv.plan'),
      lender: t('csv.lender'),
      period: t('csv.period'),
      date: t('csv.paidOn'),
      amount: t('csv.amount'),
      note: t('csv.note'),
    },
    lender: (plan) => lenderLabel(plan.lender, c),
    state: (state) => c(`state.${state}`),
  };
}

/** Schedules and payments as CSV (for a spreadsheet, or as evidence for customer service): all plans or one. */
export function CsvExport({ plans, today }: { plans: readonly Plan[]; today: IsoDate }) {
  const texts = useTexts();
  const { t } = texts;
  const [chosen, setChosen] = useState(ALL);
  const selected = chosen === ALL ? plans : plans.filter((plan) => plan.id === chosen);
  // A plan's fee column says 手续费; a mix of methods says 手续费/利息.
  const words = csvWords(texts, selected.length > 0 && selected.every((plan) => plan.method === 'fee') ? 'fee' : 'other');
  const name = (what: string) => `repay-helper-${what}-${chosen === ALL ? 'all' : chosen}-${today}.csv`;
  const save = (what: string, text: string) => download(name(what), CSV_BOM + text, 'text/csv;charset=utf-8');

  return (
    <section class="panel" aria-labelledby="csv-heading">
      <h2 id="csv-heading">{t('csv.heading')}</h2>
      <p>{t('csv.body')}</p>
      <div class="field">
        <label for="csv-plan">{t('csv.which')}</label>
        <select id="csv-plan" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
          <option value={ALL}>{t('csv.allPlans')}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.title}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={selected.length === 0}
          onClick={() => save('schedule', scheduleCsv(selected, today, words))}
        >
          {t('csv.exportSchedule')}
        </button>
        <button
          type="button"
          class="button"
          disabled={selected.length === 0}
          onClick={() => save('payments', paymentsCsv(selected, words))}
        >
          {t('csv.exportPayments')}
        </button>
      </div>
    </section>
  );
}
