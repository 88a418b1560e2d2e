import { useState } from 'preact/hooks';
import type { PlannerResult } from '../../lib/core/planner';
import { useTexts } from './texts';

/** Month by month, what goes to which plan; built only when opened (years × thousands of plans is a big table). */
export function PlannerMonths({ result, monthName }: { result: PlannerResult; monthName: (month: string) => string }) {
  const { t, money } = useTexts();
  const [open, setOpen] = useState(false);
  return (
    <details class="panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 class="planner__summary" id="planner-months-heading">
          {t('planner.months')}
        </h2>
      </summary>
      {open && (
        <div class="table-scroll">
          <table class="planner__months" aria-labelledby="planner-months-heading">
            <thead>
              <tr>
                <th scope="col">{t('planner.month')}</th>
                <th scope="col">{t('planner.plan')}</th>
                <th scope="col" class="num">
                  {t('planner.total')}
                </th>
                <th scope="col" class="num">
                  {t('planner.scheduledColumn')}
                </th>
                <th scope="col" class="num">
                  {t('planner.setAside')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{monthName(month.month)}</th>
                  <td>
                    <ul class="planner__cells">
                      {month.cells.map((cell, index) => {
                        const entry = result.order[index];
                        if (!entry || cell.scheduled + cell.payoff === 0) return null;
                        return (
                          <li key={entry.plan.id}>
                            {entry.plan.title}: {cell.scheduled > 0 && money(cell.scheduled)}
                            {cell.scheduled > 0 && cell.payoff > 0 && ' + '}
                            {cell.payoff > 0 && <strong>{t('planner.payoffCell', { amount: money(cell.payoff) })}</strong>}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td class="num">{money(month.paid)}</td>
                  <td class="num">{money(month.asScheduled)}</td>
                  <td class="num">{money(month.setAside)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
