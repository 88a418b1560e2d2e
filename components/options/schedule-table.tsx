import type { ComponentChildren } from 'preact';
import type { Installment } from '../../lib/core/schedule';
import type { RepaymentMethod } from '../../lib/core/schemas';
import type { InstallmentStatus } from '../../lib/core/status';
import { useTexts } from './texts';

interface ScheduleTableProps<Row extends Installment> {
  rows: readonly Row[];
  method: RepaymentMethod;
  caption: string;
  /** Extra cells after the figures: status and actions in the plan detail. */
  extra?: { headers: string[]; cells: (row: Row) => ComponentChildren };
}

export function ScheduleTable<Row extends Installment>({ rows, method, caption, extra }: ScheduleTableProps<Row>) {
  const { t, money, date } = useTexts();
  return (
    <div class="table-scroll">
      <table class="schedule">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('schedule.period')}</th>
            <th scope="col">{t('schedule.date')}</th>
            <th scope="col" class="num">
              {t('schedule.principal')}
            </th>
            <th scope="col" class="num">
              {method === 'fee' ? t('schedule.fee') : t('schedule.interest')}
            </th>
            <th scope="col" class="num">
              {t('schedule.total')}
            </th>
            {extra?.headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period} class={'state' in row ? `row--${(row as unknown as InstallmentStatus).state}` : undefined}>
              <th scope="row">{t('schedule.periodOf', { period: row.period, periods: rows.length })}</th>
              <td>{date(row.dueDate)}</td>
              <td class="num">{money(row.principal)}</td>
              <td class="num">{money(row.interest)}</td>
              <td class="num">{money(row.total)}</td>
              {extra?.cells(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
