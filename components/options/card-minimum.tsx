import { useState } from 'preact/hooks';
import {
  DEFAULT_CARD_DAILY_RATE,
  INTEREST_BASES,
  type InterestBasis,
  minimumPaymentCost,
  statementProblems,
} from '../../lib/core/card-statement';
import { isValidIsoDate } from '../../lib/core/dates';
import { parseYuan } from '../../lib/core/money';
import { costBreakdown } from './card-breakdown';
import { useTexts } from './texts';

/** What paying only a card statement's minimum costs until the next statement; a calculator, nothing stored. */
export function CardMinimum() {
  const texts = useTexts();
  const { t, money } = texts;
  const [values, setValues] = useState({
    statementDate: '',
    dueDate: '',
    amount: '',
    minimum: '',
    dailyRate: String(DEFAULT_CARD_DAILY_RATE * 100),
  });
  const [basis, setBasis] = useState<InterestBasis>('whole');
  const amount = parseYuan(values.amount);
  const minimum = parseYuan(values.minimum);
  const rate = Number(values.dailyRate) / 100;
  const complete = isValidIsoDate(values.statementDate) && isValidIsoDate(values.dueDate) && values.amount !== '' && values.minimum !== '';
  const statement = {
    statementDate: values.statementDate,
    dueDate: values.dueDate,
    amount: amount ?? 0,
    minimum: minimum ?? 0,
    dailyRate: values.dailyRate.trim() === '' ? Number.NaN : rate,
    basis,
  };
  const problems = complete ? statementProblems(statement) : [];
  if (complete && amount === null) problems.unshift('card.badAmount');
  if (complete && minimum === null) problems.push('card.badMinimum');
  const cost = complete && problems.length === 0 ? minimumPaymentCost(statement) : null;
  const field = (name: keyof typeof values, label: string, type = 'text') => (
    <div class="field">
      <label for={`card-${name}`}>{label}</label>
      <input
        id={`card-${name}`}
        type={type}
        inputMode={type === 'text' ? 'decimal' : undefined}
        autoComplete="off"
        value={values[name]}
        onInput={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <section class="panel" aria-labelledby="card-heading">
      <h2 id="card-heading">{t('card.heading')}</h2>
      <p>{t('card.intro')}</p>
      <div class="planner__form">
        {field('statementDate', t('card.statementDate'), 'date')}
        {field('dueDate', t('card.dueDate'), 'date')}
        {field('amount', t('card.amount'))}
        {field('minimum', t('card.minimum'))}
        {field('dailyRate', t('card.dailyRate'))}
        <fieldset>
          <legend>{t('card.basis')}</legend>
          {INTEREST_BASES.map((name) => (
            <div class="check" key={name}>
              <input type="radio" name="card-basis" id={`card-basis-${name}`} checked={basis === name} onChange={() => setBasis(name)} />
              <label for={`card-basis-${name}`}>{t(`card.basis.${name}`)}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <div aria-live="polite" data-figure="card-result">
        {!complete && <p class="muted">{t('card.incomplete')}</p>}
        {problems.map((problem) => (
          <p class="field__error" key={problem}>
            {t(problem as 'card.badAmount')}
          </p>
        ))}
        {cost && (
          <>
            <p>
              <strong>{t('card.result', { amount: money(cost.interest) })}</strong>
            </p>
            <p class="muted">{costBreakdown(texts, statement, cost)}</p>
          </>
        )}
      </div>
      <p class="muted">{t('card.notStored')}</p>
    </section>
  );
}
