import { useMemo, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { keepsFutureFees } from '../../lib/core/payoff';
import { payoffBasis } from '../../lib/core/payoff-basis';
import { PAYOFF_STRATEGIES, type PayoffStrategy, planPayoff } from '../../lib/core/planner';
import type { Plan } from '../../lib/core/schemas';
import { CardMinimum } from './card-minimum';
import { PlannerMonths } from './planner-months';
import './planning.css';
import { parseYuan } from '../../lib/core/money';
import { useTexts } from './texts';
import { routeHref } from './use-hash-route';

/** An amount field's text as fen: empty is 0, anything unreadable null. */
const fenOf = (text: string) => (text.trim() === '' ? 0 : parseYuan(text));

const monthsApart = (from: string, to: string) => {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + toMonth - fromMonth;
};

/** What paying more than the schedule does across every open plan, side by side with paying as scheduled. */
export function PayoffPlanPage({ plans, today }: { plans: readonly Plan[]; today: IsoDate }) {
  const { t, money, percent, locale } = useTexts();
  const [extraText, setExtraText] = useState('');
  const [oneOffText, setOneOffText] = useState('');
  const [strategy, setStrategy] = useState<PayoffStrategy>('highest-cost');
  const extra = fenOf(extraText);
  const oneOff = fenOf(oneOffText);
  // Each plan's schedule, status and remaining cost once per stored version; a keystroke only re-plans.
  const basis = useMemo(() => payoffBasis(plans, today), [plans, today]);
  const result = useMemo(
    () => planPayoff(plans, today, { extraPerMonth: extra ?? 0, oneOff: oneOff ?? 0, strategy }, basis),
    [basis, extra, oneOff, strategy],
  );
  const monthName = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return (month: string | null) => (month ? format.format(new Date(`${month}-01T00:00:00Z`)) : '–');
  }, [locale]);

  const { planned, asScheduled } = result;
  const saved = asScheduled.charges - planned.charges;
  const sooner = planned.debtFreeMonth && asScheduled.debtFreeMonth ? monthsApart(planned.debtFreeMonth, asScheduled.debtFreeMonth) : 0;
  const amountField = (id: string, label: string, text: string, set: (text: string) => void, bad: boolean) => (
    <div class={bad ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={bad}
        aria-describedby={bad ? `${id}-error` : undefined}
        onInput={(event) => set(event.currentTarget.value)}
      />
      {bad && (
        <p class="field__error" id={`${id}-error`}>
          {t('planner.amountBad')}
        </p>
      )}
    </div>
  );

  return (
    <section aria-labelledby="planner-heading">
      <h1 id="planner-heading" tabIndex={-1}>
        {t('planner.heading')}
      </h1>
      <p>{t('planner.intro')}</p>
      <form class="planner__form" onSubmit={(event) => event.preventDefault()}>
        {amountField('planner-extra', t('planner.extra'), extraText, setExtraText, extra === null)}
        {amountField('planner-one-off', t('planner.oneOff'), oneOffText, setOneOffText, oneOff === null)}
        <fieldset>
          <legend>{t('planner.strategy')}</legend>
          {PAYOFF_STRATEGIES.map((name) => (
            <div class="check" key={name}>
              <input
                type="radio"
                name="planner-strategy"
                id={`planner-${name}`}
                checked={strategy === name}
                onChange={() => setStrategy(name)}
                aria-describedby={`planner-${name}-hint`}
              />
              <label for={`planner-${name}`}>{t(`planner.strategy.${name}`)}</label>
              <p class="field__hint" id={`planner-${name}-hint`}>
                {t(`planner.strategy.${name}.hint`)}
              </p>
            </div>
          ))}
        </fieldset>
      </form>
      {result.order.length === 0 ? (
        <p class="muted">{t('planner.empty')}</p>
      ) : (
        <>
          <section class="panel" aria-labelledby="planner-compare-heading">
            <h2 id="planner-compare-heading">{t('planner.compare')}</h2>
            <p aria-live="polite" data-figure="planner-result">
              {saved === 0 && sooner === 0
                ? t('planner.resultNone')
                : t(sooner > 0 ? 'planner.result' : 'planner.resultSame', {
                    month: monthName(planned.debtFreeMonth),
                    months: sooner,
                    amount: money(saved),
                  })}
            </p>
            <div class="table-scroll">
              <table class="planner__compare" aria-labelledby="planner-compare-heading">
                <thead>
                  <tr>
                    <td />
                    <th scope="col">{t('planner.asScheduled')}</th>
                    <th scope="col">{t('planner.planned')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t('planner.debtFree')}</th>
                    <td data-figure="debt-free-scheduled">{monthName(asScheduled.debtFreeMonth)}</td>
                    <td data-figure="debt-free-planned">{monthName(planned.debtFreeMonth)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('planner.paid')}</th>
                    <td class="num">{money(asScheduled.paid)}</td>
                    <td class="num">{money(planned.paid)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('planner.charges')}</th>
                    <td class="num" data-figure="charges-scheduled">
                      {money(asScheduled.charges)}
                    </td>
                    <td class="num" data-figure="charges-planned">
                      {money(planned.charges)}
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
            {result.unspent > 0 && <p class="muted">{t('planner.unspent', { amount: money(result.unspent) })}</p>}
          </section>
          <section class="panel" aria-labelledby="planner-order-heading">
            <h2 id="planner-order-heading">{t('planner.order')}</h2>
            <div class="table-scroll">
              <table aria-labelledby="planner-order-heading">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('planner.plan')}</th>
                    <th scope="col" class="num">
                      {t('planner.balance')}
                    </th>
                    <th scope="col" class="num">
                      {t('planner.rate')}
                    </th>
                    <th scope="col">{t('planner.clearedIn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.order.map((entry, index) => (
                    <tr key={entry.plan.id} data-plan={entry.plan.id}>
                      <td>{index + 1}</td>
                      <th scope="row">
                        <a href={routeHref({ name: 'plan', id: entry.plan.id })}>{entry.plan.title}</a>
                      </th>
                      <td class="num">{money(entry.balance)}</td>
                      <td class="num">
                        {entry.rate === null ? '–' : percent(entry.rate)}
                        {keepsFutureFees(entry.plan) && <span class="muted"> · {t('planner.keepsFees')}</span>}
                      </td>
                      <td data-figure="cleared">
                        {entry.clearedIn ? t('planner.clearedEarly', { month: monthName(entry.clearedIn) }) : t('planner.runsOut')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <PlannerMonths result={result} monthName={monthName} />
        </>
      )}
      <p class="muted">{t('planner.caveat')}</p>
      <CardMinimum />
    </section>
  );
}
