import { useMemo } from 'preact/hooks';
import { type Cashflow, cashflow } from '../../lib/core/cashflow';
import type { IsoDate } from '../../lib/core/dates';
import { DEFAULT_BURDEN_THRESHOLD } from '../../lib/core/kinds';
import type { Fen } from '../../lib/core/money';
import { monthlyBurden } from '../../lib/core/rate-lines';
import type { Plan } from '../../lib/core/schemas';
import { usePlanningSettings } from './planning-context';
import { useTexts } from './texts';

const PALETTE = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#db2777', '#0891b2', '#ca8a04', '#4b5563'];
const WIDTH = 720;
const HEIGHT = 240;
const PAD = { top: 16, right: 8, bottom: 28, left: 8 };
/** Plans drawn as a band of their own; the rest share one (keyed '+others', which no plan id can be). */
const OWN_BANDS = 7;

interface Band {
  key: string;
  label: string;
  amounts: Fen[];
}

/** The plans owing most, one band each, and the others as one: a band per plan of 2,000 is noise (and 24,000 table cells). */
function bandsOf(flow: Cashflow, others: (count: number) => string): Band[] {
  const bands = flow.series.map(({ plan, amounts }) => ({ key: plan.id, label: plan.title, amounts }));
  if (bands.length <= OWN_BANDS + 1) return bands;
  const owed = new Map(bands.map((band) => [band, band.amounts.reduce((sum, amount) => sum + amount, 0)]));
  const ranked = bands.sort((a, b) => (owed.get(b) ?? 0) - (owed.get(a) ?? 0));
  const rest = ranked.slice(OWN_BANDS);
  const amounts = flow.months.map((_, index) => rest.reduce((sum, band) => sum + (band.amounts[index] ?? 0), 0));
  return [...ranked.slice(0, OWN_BANDS), { key: '+others', label: others(rest.length), amounts }];
}

/** What is due in each of the next 12 months, stacked by plan; the table says the same in words. */
export function CashflowChart({ plans, today }: { plans: readonly Plan[]; today: IsoDate }) {
  const { t, money, locale, percent } = useTexts();
  const flow = useMemo(() => cashflow(plans, today), [plans, today]);
  const planning = usePlanningSettings();
  const burden = useMemo(() => monthlyBurden(flow.totals, planning), [flow, planning]);
  const threshold = percent(planning.burdenThreshold ?? DEFAULT_BURDEN_THRESHOLD, 0);
  const overCount = burden?.filter((month) => month.over).length ?? 0;
  const bands = useMemo(() => bandsOf(flow, (others) => t('cashflow.others', { count: others })), [flow, t]);
  const monthName = useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return (month: string, full = false) => (full ? long : short).format(new Date(`${month}-01T00:00:00Z`));
  }, [locale]);
  if (flow.series.length === 0) return <p class="muted">{t('cashflow.empty')}</p>;

  const slot = (WIDTH - PAD.left - PAD.right) / flow.months.length;
  const scale = (HEIGHT - PAD.top - PAD.bottom) / (flow.max || 1);
  const peak = flow.totals.indexOf(flow.max);
  // The income share as a line across the bars, when it falls within the chart.
  const limitY = HEIGHT - PAD.bottom - (planning.monthlyIncome ?? 0) * (planning.burdenThreshold ?? DEFAULT_BURDEN_THRESHOLD) * scale;
  const colour = (index: number) => PALETTE[index % PALETTE.length];
  return (
    <figure class="cashflow">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="cashflow-title cashflow-desc" class="cashflow__svg">
        <title id="cashflow-title">{t('cashflow.title')}</title>
        <desc id="cashflow-desc">
          {t('cashflow.desc', {
            total: money(flow.totals.reduce((a, b) => a + b, 0)),
            peak: monthName(flow.months[peak] ?? '', true),
            max: money(flow.max),
          })}
          {burden &&
            ` ${overCount > 0 ? t('cashflow.burdenDesc', { count: overCount, threshold }) : t('cashflow.burdenOk', { threshold })}`}
        </desc>
        {burden && limitY >= PAD.top && (
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={limitY} y2={limitY} class="cashflow__limit" data-figure="burden-line" />
        )}
        {flow.months.map((month, index) => {
          let y = HEIGHT - PAD.bottom;
          const x = PAD.left + index * slot + slot * 0.15;
          return (
            <g key={month}>
              {bands.map((band, bandIndex) => {
                const height = (band.amounts[index] ?? 0) * scale;
                y -= height;
                return height > 0 ? <rect key={band.key} x={x} y={y} width={slot * 0.7} height={height} fill={colour(bandIndex)} /> : null;
              })}
              <text x={x + slot * 0.35} y={HEIGHT - 10} text-anchor="middle" class="cashflow__label">
                {monthName(month)}
              </text>
              {burden?.[index]?.over && (
                <text x={x + slot * 0.35} y={PAD.top - 4} text-anchor="middle" class="cashflow__over" data-over-month={month}>
                  ▲
                </text>
              )}
              {index === peak && (
                <text x={x + slot * 0.35} y={y - 4} text-anchor="middle" class="cashflow__peak">
                  {money(flow.max)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {bands.map((band, index) => (
            <li key={band.key}>
              <span class="legend__swatch" style={{ background: colour(index) }} aria-hidden="true" />
              {band.label}
            </li>
          ))}
        </ul>
      </figcaption>
      {burden && (
        <p class={overCount > 0 ? 'cashflow__burden cashflow__burden--over' : 'cashflow__burden'} data-figure="burden">
          {overCount > 0 ? t('cashflow.burdenDesc', { count: overCount, threshold }) : t('cashflow.burdenOk', { threshold })}
        </p>
      )}
      <details>
        <summary>{t('cashflow.asTable')}</summary>
        <div class="table-scroll">
          <table>
            <caption>{t('cashflow.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cashflow.month')}</th>
                {bands.map((band) => (
                  <th scope="col" class="num" key={band.key}>
                    {band.label}
                  </th>
                ))}
                <th scope="col" class="num">
                  {t('cashflow.total')}
                </th>
                {burden && (
                  <th scope="col" class="num">
                    {t('cashflow.share')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {flow.months.map((month, index) => (
                <tr key={month}>
                  <th scope="row">{monthName(month, true)}</th>
                  {bands.map((band) => (
                    <td class="num" key={band.key}>
                      {money(band.amounts[index] ?? 0)}
                    </td>
                  ))}
                  <td class="num">{money(flow.totals[index] ?? 0)}</td>
                  {burden && (
                    <td class="num">
                      {percent(burden[index]?.share ?? 0, 0)}
                      {burden[index]?.over && ` · ${t('cashflow.over', { threshold })}`}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
